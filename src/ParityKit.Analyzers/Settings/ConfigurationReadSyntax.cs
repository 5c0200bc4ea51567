using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ParityKit.Analyzers.Settings
{
    /// <summary>
    /// The generator's syntax-only filter for nodes that may be configuration reads: calls whose name is one of the
    /// recognised APIs, and single-argument element accesses (plain or null-conditional) that are not assigned to and
    /// whose argument may be a constant string. Runs on every node of every changed file, so it looks at syntax only.
    /// </summary>
    internal static class ConfigurationReadSyntax
    {
        public static bool IsCandidate(SyntaxNode node) => node switch
        {
            InvocationExpressionSyntax invocation => ConfigurationReadCatalog.IsCandidateName(NameOf(invocation.Expression)),
            ElementAccessExpressionSyntax access => access.ArgumentList.Arguments.Count == 1
                && MayBeConstantKey(access.ArgumentList.Arguments[0].Expression)
                && !IsAssigned(access),
            // configuration?["Key"]: the indexer of a null-conditional access.
            ElementBindingExpressionSyntax binding => binding.ArgumentList.Arguments.Count == 1
                && MayBeConstantKey(binding.ArgumentList.Arguments[0].Expression)
                && !(binding.FirstAncestorOrSelf<ConditionalAccessExpressionSyntax>() is { } conditional && IsAssigned(conditional)),
            _ => false,
        };

        // A write (configuration["Key"] = value, and from C# 14 configuration?["Key"] = value) is not a read.
        private static bool IsAssigned(ExpressionSyntax target) =>
            target.Parent is AssignmentExpressionSyntax assignment && assignment.Left == target && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression);

        // The manifest lists reads with a constant key: an indexer whose argument cannot be a constant string (a number,
        // a call, an interpolation with holes) is never one of them, and is not bound at all.
        private static bool MayBeConstantKey(ExpressionSyntax key) => key switch
        {
            LiteralExpressionSyntax literal => literal.IsKind(SyntaxKind.StringLiteralExpression),
            IdentifierNameSyntax or MemberAccessExpressionSyntax or BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } => true,
            InterpolatedStringExpressionSyntax interpolated => interpolated.Contents.All(static c => c is InterpolatedStringTextSyntax),
            ParenthesizedExpressionSyntax parenthesized => MayBeConstantKey(parenthesized.Expression),
            InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } => true,
            _ => false,
        };

        private static string NameOf(ExpressionSyntax expression) => expression switch
        {
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            SimpleNameSyntax name => name.Identifier.ValueText,
            _ => string.Empty,
        };
    }
}
