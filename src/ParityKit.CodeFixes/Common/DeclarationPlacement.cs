using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace ParityKit.CodeFixes.Common
{
    /// <summary>
    /// Where a code fix puts a new ParityKit assembly attribute: next to the project's other ParityKit declarations (the
    /// file that holds those of the same kind first), else in the file the fix was invoked in, after its usings.
    /// </summary>
    internal sealed class DeclarationPlacement
    {
        private const string ParityKitNamespace = "ParityKit";

        private DeclarationPlacement(DocumentId? holder, AttributeListSyntax? anchor)
        {
            Holder = holder;
            Anchor = anchor;
        }

        /// <summary>The document that already holds ParityKit assembly attributes, if any.</summary>
        public DocumentId? Holder { get; }

        /// <summary>The last ParityKit attribute list in <see cref="Holder"/>: new declarations follow it.</summary>
        public AttributeListSyntax? Anchor { get; }

        /// <summary>
        /// Finds the file with the project's ParityKit assembly attributes, preferring one that holds an attribute of
        /// <paramref name="sameKind"/> (metadata names).
        /// </summary>
        public static DeclarationPlacement Find(Compilation compilation, Solution solution, IEnumerable<string> sameKind, CancellationToken cancellationToken)
        {
            INamedTypeSymbol[] kinds = sameKind.Select(compilation.GetTypeByMetadataName).OfType<INamedTypeSymbol>().ToArray();
            var lists = new List<(DocumentId Document, AttributeListSyntax List, bool SameKind)>();
            foreach (AttributeData attribute in compilation.Assembly.GetAttributes())
            {
                if (attribute.AttributeClass?.ContainingNamespace?.ToDisplayString() != ParityKitNamespace)
                {
                    continue;
                }

                // Declarations in generated files cannot be edited; they do not make a file "the declarations file".
                SyntaxReference? reference = attribute.ApplicationSyntaxReference;
                DocumentId? document = reference == null ? null : solution.GetDocumentId(reference.SyntaxTree);
                if (document != null && reference!.GetSyntax(cancellationToken).Parent is AttributeListSyntax list)
                {
                    lists.Add((document, list, kinds.Contains(attribute.AttributeClass, SymbolEqualityComparer.Default)));
                }
            }

            DocumentId? holder = lists.Where(l => l.SameKind).Select(l => l.Document).FirstOrDefault()
                ?? lists.Select(l => l.Document).FirstOrDefault();
            AttributeListSyntax? anchor = lists.Where(l => l.Document == holder).Select(l => l.List).OrderBy(l => l.SpanStart).LastOrDefault();
            return new DeclarationPlacement(holder, anchor);
        }

        /// <summary>Adds <paramref name="lists"/> after <paramref name="anchor"/>, or else with the file's assembly attributes.</summary>
        public static void Insert(SyntaxEditor editor, AttributeListSyntax? anchor, IReadOnlyList<AttributeListSyntax> lists, string newLine)
        {
            var root = (CompilationUnitSyntax)editor.OriginalRoot;
            anchor ??= root.AttributeLists.LastOrDefault();
            if (anchor != null)
            {
                editor.InsertAfter(anchor, lists);
                return;
            }

            editor.ReplaceNode(root, (current, _) => InsertFirst((CompilationUnitSyntax)current, lists, newLine));
        }

        /// <summary>
        /// The first assembly attributes of a file go after its usings, before its first member. A file header
        /// (comments and blank lines before the first member) stays on top; a doc comment stays on its member.
        /// </summary>
        private static CompilationUnitSyntax InsertFirst(CompilationUnitSyntax root, IReadOnlyList<AttributeListSyntax> lists, string newLine)
        {
            SyntaxToken next = root.Members.Count > 0 ? root.Members[0].GetFirstToken() : root.EndOfFileToken;
            SyntaxTriviaList leading = next.LeadingTrivia;
            int headerEnd = HeaderEnd(leading);

            var withHeader = lists.ToList();
            withHeader[0] = withHeader[0].WithLeadingTrivia(leading.Take(headerEnd));
            SyntaxTriviaList rest = SyntaxFactory.TriviaList(leading.Skip(headerEnd)).Insert(0, SyntaxFactory.EndOfLine(newLine));
            return root.ReplaceToken(next, next.WithLeadingTrivia(rest)).AddAttributeLists(withHeader.ToArray());
        }

        /// <summary>Index just after the last blank line in <paramref name="trivia"/> (0 when there is none).</summary>
        private static int HeaderEnd(SyntaxTriviaList trivia)
        {
            int end = 0;
            bool atLineStart = true;
            for (int i = 0; i < trivia.Count; i++)
            {
                SyntaxTrivia t = trivia[i];
                if (t.IsKind(SyntaxKind.EndOfLineTrivia))
                {
                    if (atLineStart)
                    {
                        end = i + 1;
                    }

                    atLineStart = true;
                }
                else if (t.IsDirective)
                {
                    // A directive's trivia ends with its own line break.
                    atLineStart = true;
                }
                else if (!t.IsKind(SyntaxKind.WhitespaceTrivia))
                {
                    atLineStart = false;
                }
            }

            return end;
        }
    }
}
