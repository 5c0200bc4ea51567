using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.Diagnostics;

namespace ParityKit.Analyzers.Settings
{
    /// <summary>
    /// PK3002: a string literal (or interpolated string) in app code that is a connection string naming a database host,
    /// or carrying a password, or a database URL. Attribute arguments are declarations, not run-time values, and are
    /// left to the declaration rules.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class HardCodedConnectionStringAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.HardCodedConnectionString);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(static start =>
            {
                if (ParityKitOptions.ShouldSkipProject(start.Compilation, start.Options.AnalyzerConfigOptionsProvider))
                {
                    return;
                }

                start.RegisterSyntaxNodeAction(AnalyzeLiteral, SyntaxKind.StringLiteralExpression);
                start.RegisterSyntaxNodeAction(AnalyzeInterpolatedString, SyntaxKind.InterpolatedStringExpression);
            });
        }

        private static void AnalyzeLiteral(SyntaxNodeAnalysisContext context)
        {
            var literal = (LiteralExpressionSyntax)context.Node;
            Analyze(context, literal.Token.ValueText);
        }

        private static void AnalyzeInterpolatedString(SyntaxNodeAnalysisContext context)
        {
            var interpolated = (InterpolatedStringExpressionSyntax)context.Node;
            var text = new StringBuilder();
            foreach (InterpolatedStringContentSyntax content in interpolated.Contents)
            {
                if (content is InterpolatedStringTextSyntax part)
                {
                    text.Append(part.TextToken.ValueText);
                }
                else
                {
                    text.Append(ConnectionStringText.Hole);
                }
            }

            Analyze(context, text.ToString());
        }

        private static void Analyze(SyntaxNodeAnalysisContext context, string text)
        {
            // Cheap pre-filter: every form has '=' or "://".
            if (text.Length < 6 || (text.IndexOf('=') < 0 && text.IndexOf("://", System.StringComparison.Ordinal) < 0))
            {
                return;
            }

            string? description = ConnectionStringText.Describe(text);
            if (description != null && !IsAttributeArgument(context.Node))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.HardCodedConnectionString, context.Node.GetLocation(), description));
            }
        }

        private static bool IsAttributeArgument(SyntaxNode node)
        {
            for (SyntaxNode? current = node.Parent; current != null; current = current.Parent)
            {
                switch (current)
                {
                    case AttributeArgumentSyntax:
                        return true;
                    case StatementSyntax:
                    case MemberDeclarationSyntax:
                        return false;
                }
            }

            return false;
        }
    }
}
