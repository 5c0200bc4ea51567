using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using ParityKit.CodeFixes.Common;

namespace ParityKit.CodeFixes.Settings
{
    /// <summary>
    /// A code fix that plans each diagnostic's change as a <see cref="PlannedFix"/> and applies single fixes and Fix All
    /// through <see cref="DeclaringFixer"/>, so a batch declares each key or API once.
    /// </summary>
    public abstract class DeclaringCodeFix : CodeFixProvider
    {
        public sealed override FixAllProvider GetFixAllProvider() => new FixAll(this);

        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                PlannedFix? fix = await PlanCheckedAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false);
                if (fix == null)
                {
                    continue;
                }

                Document document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        fix.Title,
                        cancellationToken => DeclaringFixer.ApplyAsync(document.Project.Solution, document.Id, new[] { (document.Id, fix) }, cancellationToken),
                        fix.EquivalenceKey),
                    diagnostic);
            }
        }

        /// <summary>The fix for <paramref name="diagnostic"/>, or <see langword="null"/> when it cannot be fixed automatically.</summary>
        internal abstract Task<PlannedFix?> PlanAsync(Document document, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken);

        private async Task<PlannedFix?> PlanCheckedAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            PlannedFix? fix = root == null ? null : await PlanAsync(document, root, diagnostic, cancellationToken).ConfigureAwait(false);
            if (fix?.Literal?.ConstDeclaration != null)
            {
                SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                if (model == null || !await EndpointLiteralFixer.CanRemoveConstAsync(document.Project.Solution, model, fix.Literal, cancellationToken).ConfigureAwait(false))
                {
                    return null;
                }
            }

            return fix;
        }

        private sealed class FixAll : FixAllProvider
        {
            private readonly DeclaringCodeFix _owner;

            public FixAll(DeclaringCodeFix owner) => _owner = owner;

            public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
                new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

            public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
            {
                IEnumerable<Document> documents = fixAllContext.Scope switch
                {
                    FixAllScope.Document when fixAllContext.Document != null => new[] { fixAllContext.Document },
                    FixAllScope.Project => fixAllContext.Project.Documents,
                    FixAllScope.Solution => fixAllContext.Solution.Projects.SelectMany(p => p.Documents),
                    _ => Enumerable.Empty<Document>(),
                };

                var fixes = new List<(DocumentId, PlannedFix)>();
                string? title = null;
                foreach (Document document in documents)
                {
                    foreach (Diagnostic diagnostic in await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false))
                    {
                        PlannedFix? fix = await _owner.PlanCheckedAsync(document, diagnostic, fixAllContext.CancellationToken).ConfigureAwait(false);
                        if (fix != null && fix.EquivalenceKey == fixAllContext.CodeActionEquivalenceKey)
                        {
                            fixes.Add((document.Id, fix));
                            title ??= fix.Title;
                        }
                    }
                }

                return title == null
                    ? null
                    : CodeAction.Create(
                        title,
                        cancellationToken => DeclaringFixer.ApplyAsync(fixAllContext.Solution, fixAllContext.Document?.Id, fixes, cancellationToken),
                        fixAllContext.CodeActionEquivalenceKey);
            }
        }
    }
}
