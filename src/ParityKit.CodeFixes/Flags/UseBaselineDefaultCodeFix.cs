using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ParityKit.Analyzers.Diagnostics;
using ParityKit.Analyzers.Flags;

namespace ParityKit.CodeFixes.Flags
{
    /// <summary>PK4003: replaces a call-site default that disagrees with the baseline by the baseline.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseBaselineDefaultCodeFix))]
    [Shared]
    public sealed class UseBaselineDefaultCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.FlagDefaultDisagreesWithBaseline);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax expression
                    || !diagnostic.Properties.TryGetValue(FlagDiagnosticProperties.Enabled, out string? enabled))
                {
                    continue;
                }

                bool baseline = enabled == "true";
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Use the production baseline ({(baseline ? "true" : "false")})",
                        _ =>
                        {
                            LiteralExpressionSyntax literal = SyntaxFactory.LiteralExpression(
                                    baseline ? SyntaxKind.TrueLiteralExpression : SyntaxKind.FalseLiteralExpression)
                                .WithTriviaFrom(expression);
                            return Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(expression, literal)));
                        },
                        equivalenceKey: nameof(UseBaselineDefaultCodeFix)),
                    diagnostic);
            }
        }
    }
}
