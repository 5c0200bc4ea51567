using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.Manifest.Models;
using ParityKit.Analyzers.Settings;

namespace ParityKit.Analyzers.Manifest
{
    /// <summary>The generator's per-node transform: a candidate node to the <see cref="ReadSite"/> it is, if any.</summary>
    internal static class ReadSiteCollector
    {
        public static ReadSite? Collect(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
        {
            // The candidate's expression bound alone (cheap), so the read keeps its parents (what consumes a section decides
            // what it reads); the model's own binding of the enclosing statement only where that fails.
            bool alone = SpeculativeOperation.TryBindInContext((ExpressionSyntax)node, model, out SpeculativeOperation speculative);
            IOperation? operation = alone ? speculative.Operation : model.GetOperation(node, cancellationToken);
            ConfigurationRead? read = operation == null ? null : ConfigurationReadRecognizer.Recognize(operation, cancellationToken);
            if (read == null)
            {
                return null;
            }

            ImmutableArray<ReadKey>.Builder keys = ImmutableArray.CreateBuilder<ReadKey>(read.Keys.Length);
            foreach (ReadKey key in read.Keys)
            {
                if (key.Kind != ReadKeyKind.Pattern)
                {
                    keys.Add(key);
                }
            }

            if (keys.Count == 0)
            {
                return null;
            }

            int position = read.ReportAt.SyntaxTree == node.SyntaxTree || !alone ? read.ReportAt.SpanStart : speculative.OriginalPosition(read.ReportAt);
            int line = node.SyntaxTree.GetLineSpan(new TextSpan(position, 0), cancellationToken).StartLinePosition.Line + 1;
            return new ReadSite(keys.ToImmutable().ToEquatableArray(), node.SyntaxTree.FilePath, line, read.Api == ReadApi.EnvironmentVariable);
        }
    }
}
