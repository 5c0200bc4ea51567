using System;
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
    /// Fix All through the same path as a single fix, so a batch adds each declaration once per project however many
    /// literals it fixes (a batch of independent single fixes would each add one). Only the diagnostics whose
    /// equivalence key is the invoked one are fixed, so one rule's or one API's fix never mixes with another's.
    /// </summary>
    internal sealed class BatchFixAllProvider : FixAllProvider
    {
        private readonly Func<Diagnostic, string?> _equivalenceKey;
        private readonly Func<Diagnostic, string> _title;
        private readonly Func<Solution, DocumentId?, IReadOnlyList<Diagnostic>, CancellationToken, Task<Solution>> _fix;

        public BatchFixAllProvider(
            Func<Diagnostic, string?> equivalenceKey,
            Func<Diagnostic, string> title,
            Func<Solution, DocumentId?, IReadOnlyList<Diagnostic>, CancellationToken, Task<Solution>> fix)
        {
            _equivalenceKey = equivalenceKey;
            _title = title;
            _fix = fix;
        }

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

            var diagnostics = new List<Diagnostic>();
            foreach (Document document in documents)
            {
                foreach (Diagnostic diagnostic in await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false))
                {
                    if (_equivalenceKey(diagnostic) is string key && key == fixAllContext.CodeActionEquivalenceKey)
                    {
                        diagnostics.Add(diagnostic);
                    }
                }
            }

            return diagnostics.Count == 0
                ? null
                : CodeAction.Create(
                    _title(diagnostics[0]),
                    cancellationToken => _fix(fixAllContext.Solution, fixAllContext.Document?.Id, diagnostics, cancellationToken),
                    fixAllContext.CodeActionEquivalenceKey);
        }
    }
}
