using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace ParityKit.CodeFixes.Common
{
    /// <summary>
    /// A code fix that adds ParityKit declarations (and may move a literal into configuration): PK2001, PK2002, PK2003,
    /// PK3001, PK4001, PK5001. Each rule plans a diagnostic's change as a <see cref="PlannedFix"/>; single fixes and Fix
    /// All are applied by <see cref="DeclaringFixer"/>, so a batch adds each declaration once per project.
    /// </summary>
    public abstract class DeclaringCodeFix : CodeFixProvider
    {
        public override FixAllProvider GetFixAllProvider() => new FixAll(this);

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            Document document = context.Document;
            SyntaxNode? root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            Compilation? compilation = await document.Project.GetCompilationAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null || compilation == null)
            {
                return;
            }

            PlanFix plan = BeginProject(compilation, document.Project.Solution, context.CancellationToken);
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (EquivalenceKey(diagnostic) is not string equivalenceKey
                    || await PlanCheckedAsync(plan, document, root, diagnostic, context.CancellationToken).ConfigureAwait(false) is not PlannedFix fix)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        fix.Title,
                        cancellationToken => DeclaringFixer.ApplyAsync(document.Project.Solution, document.Id, new[] { diagnostic }, this, cancellationToken),
                        equivalenceKey),
                    diagnostic);
            }
        }

        /// <summary>
        /// Reads what the project's fixes depend on (its declarations, mostly), once per project and batch, and returns
        /// the planner for its diagnostics.
        /// </summary>
        internal abstract PlanFix BeginProject(Compilation compilation, Solution solution, CancellationToken cancellationToken);

        /// <summary>
        /// The fix's equivalence key, from the diagnostic alone: Fix All applies the fixes that share the invoked one
        /// (one rule's, or one API's, never a mix). Null when the diagnostic gets no fix.
        /// </summary>
        internal abstract string? EquivalenceKey(Diagnostic diagnostic);

        /// <summary>The plan, if the fix can be applied: a <c>const</c> the literal initialises must be able to stop being one.</summary>
        internal static async Task<PlannedFix?> PlanCheckedAsync(PlanFix plan, Document document, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            PlannedFix? fix = plan(root, diagnostic);
            if (fix?.Literal?.ConstDeclaration != null)
            {
                SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                if (model == null || !await DeclaringFixer.CanRemoveConstAsync(document.Project.Solution, model, fix.Literal, cancellationToken).ConfigureAwait(false))
                {
                    return null;
                }
            }

            return fix;
        }

        /// <summary>The documents a Fix All covers.</summary>
        internal static IEnumerable<Document> DocumentsIn(FixAllContext fixAllContext) => fixAllContext.Scope switch
        {
            FixAllScope.Document when fixAllContext.Document != null => new[] { fixAllContext.Document },
            FixAllScope.Project => fixAllContext.Project.Documents,
            FixAllScope.Solution => fixAllContext.Solution.Projects.SelectMany(p => p.Documents),
            _ => Enumerable.Empty<Document>(),
        };

        /// <summary>Fix All through the same path as a single fix, over the diagnostics whose equivalence key is the invoked one.</summary>
        private sealed class FixAll : FixAllProvider
        {
            private readonly DeclaringCodeFix _owner;

            public FixAll(DeclaringCodeFix owner) => _owner = owner;

            public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
                new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

            public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
            {
                CancellationToken cancellationToken = fixAllContext.CancellationToken;
                var diagnostics = new List<Diagnostic>();
                string? title = null;
                var plans = new Dictionary<ProjectId, PlanFix>();
                foreach (Document document in DocumentsIn(fixAllContext))
                {
                    foreach (Diagnostic diagnostic in await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false))
                    {
                        if (_owner.EquivalenceKey(diagnostic) != fixAllContext.CodeActionEquivalenceKey)
                        {
                            continue;
                        }

                        diagnostics.Add(diagnostic);

                        // The title is the first fixable diagnostic's; the rest are planned when the batch is applied.
                        if (title == null
                            && await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is SyntaxNode root
                            && await PlanAsync(plans, document, root, diagnostic, cancellationToken).ConfigureAwait(false) is PlannedFix fix)
                        {
                            title = fix.Title;
                        }
                    }
                }

                return title == null
                    ? null
                    : CodeAction.Create(
                        title,
                        token => DeclaringFixer.ApplyAsync(fixAllContext.Solution, fixAllContext.Document?.Id, diagnostics, _owner, token),
                        fixAllContext.CodeActionEquivalenceKey);
            }

            private async Task<PlannedFix?> PlanAsync(Dictionary<ProjectId, PlanFix> plans, Document document, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken)
            {
                if (!plans.TryGetValue(document.Project.Id, out PlanFix? plan))
                {
                    Compilation? compilation = await document.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
                    if (compilation == null)
                    {
                        return null;
                    }

                    plan = _owner.BeginProject(compilation, document.Project.Solution, cancellationToken);
                    plans.Add(document.Project.Id, plan);
                }

                return await PlanCheckedAsync(plan, document, root, diagnostic, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
