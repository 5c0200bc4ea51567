using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.Diagnostics;

namespace ParityKit.CodeFixes.Settings
{
    /// <summary>
    /// PK3004 fix, "Remove the declaration": deletes the unread <c>[assembly: RequiresSetting/RequiresSecret(...)]</c>
    /// attribute, or the whole attribute list (with its line) when it is the list's only attribute. Comments and blank
    /// lines around it stay. Fix All removes every unread declaration at once (the batch fixer merges the deletions).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveDeclarationCodeFix))]
    [Shared]
    public sealed class RemoveDeclarationCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.UnusedDeclaration);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null || model == null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (FindDeclaration(root, model, diagnostic, context.CancellationToken) is not AttributeSyntax attribute)
                {
                    continue;
                }

                Document document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Remove the declaration",
                        _ => Task.FromResult(document.WithSyntaxRoot(Remove(root, attribute))),
                        RuleIds.UnusedDeclaration),
                    diagnostic);
            }
        }

        /// <summary>The <c>RequiresSetting</c>/<c>RequiresSecret</c> attribute the diagnostic is reported at, if it is one.</summary>
        private static AttributeSyntax? FindDeclaration(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            if (!diagnostic.Location.IsInSource
                || diagnostic.Location.SourceTree != root.SyntaxTree
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)?.FirstAncestorOrSelf<AttributeSyntax>() is not AttributeSyntax attribute
                || attribute.Span != diagnostic.Location.SourceSpan
                || attribute.Parent is not AttributeListSyntax { Target.Identifier.ValueText: "assembly" })
            {
                return null;
            }

            string? name = model.GetSymbolInfo(attribute, cancellationToken).Symbol?.ContainingType?.ToDisplayString();
            return name == MetadataNames.RequiresSettingAttribute || name == MetadataNames.RequiresSecretAttribute ? attribute : null;
        }

        /// <summary>
        /// Removes the attribute from its list, or the list when it is the only attribute: the list's line goes, the
        /// comments before it (its leading trivia) stay for what follows. A blank line before a list that is followed by
        /// a blank line goes too, so removing a file's only declaration leaves one blank line, not two.
        /// </summary>
        private static SyntaxNode Remove(SyntaxNode root, AttributeSyntax attribute)
        {
            var list = (AttributeListSyntax)attribute.Parent!;
            if (list.Attributes.Count > 1)
            {
                return root.RemoveNode(attribute, SyntaxRemoveOptions.KeepNoTrivia)!;
            }

            SyntaxTriviaList before = list.GetLeadingTrivia();
            bool blankBefore = before.Any(SyntaxKind.EndOfLineTrivia)
                && before.All(t => t.IsKind(SyntaxKind.EndOfLineTrivia) || t.IsKind(SyntaxKind.WhitespaceTrivia));
            SyntaxTriviaList after = list.GetLastToken().GetNextToken().LeadingTrivia;
            bool blankAfter = after.Count > 0 && after[0].IsKind(SyntaxKind.EndOfLineTrivia);
            return root.RemoveNode(list, blankBefore && blankAfter ? SyntaxRemoveOptions.KeepNoTrivia : SyntaxRemoveOptions.KeepLeadingTrivia)!;
        }
    }
}
