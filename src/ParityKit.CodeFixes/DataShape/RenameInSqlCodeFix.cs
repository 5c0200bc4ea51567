using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using ParityKit.Analyzers.DataShape;
using ParityKit.Analyzers.Diagnostics;

namespace ParityKit.CodeFixes.DataShape
{
    /// <summary>
    /// PK1001/PK1002 renames: replaces the old name inside the SQL string with the name the migration gave it. Only the
    /// characters of the name change, so quoting (<c>"x"</c>, <c>[x]</c>, <c>`x`</c>) and every other byte of the SQL
    /// and of the C# literal stay as they were. Offered only where the analyzer located the name exactly and the new
    /// name can be written there as it is.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RenameInSqlCodeFix))]
    [Shared]
    public sealed class RenameInSqlCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(RuleIds.RenamedOrDroppedColumnInSql, RuleIds.RenamedOrDroppedTableInSql);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SourceText text = await context.Document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(RawSqlSchemaAnalyzer.OldNameProperty, out string? oldName)
                    || !diagnostic.Properties.TryGetValue(RawSqlSchemaAnalyzer.NewNameProperty, out string? newName)
                    || oldName == null
                    || newName == null
                    || !CanWrite(newName))
                {
                    continue;
                }

                // The name sits at the diagnostic, or (for a constant declared elsewhere in the file) at the additional location.
                Location target = diagnostic.AdditionalLocations.Count > 0 ? diagnostic.AdditionalLocations[0] : diagnostic.Location;
                TextSpan span = target.SourceSpan;
                if (target.SourceTree != diagnostic.Location.SourceTree || text.ToString(span) != oldName)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Use '{newName}' (renamed by migration)",
                        cancellationToken => Rename(context.Document, span, newName, cancellationToken),
                        equivalenceKey: nameof(RenameInSqlCodeFix)),
                    diagnostic);
            }
        }

        /// <summary>
        /// A name made of letters, digits and underscores reads the same unquoted or inside any SQL quotes and in any C#
        /// string literal; anything else would need escaping the fix cannot know it gets right.
        /// </summary>
        private static bool CanWrite(string name) =>
            name.Length > 0 && name.All(c => char.IsLetterOrDigit(c) || c == '_') && !char.IsDigit(name[0]);

        private static async Task<Document> Rename(Document document, TextSpan span, string newName, CancellationToken cancellationToken)
        {
            SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            return document.WithText(text.WithChanges(new TextChange(span, newName)));
        }
    }
}
