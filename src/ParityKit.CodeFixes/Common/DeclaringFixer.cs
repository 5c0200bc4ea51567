using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace ParityKit.CodeFixes.Common
{
    /// <summary>
    /// Applies <see cref="DeclaringCodeFix"/> fixes, one or a Fix All batch: literals become configuration reads (a
    /// <c>const</c> around one stops being constant), and each project gets its missing declarations once, next to its
    /// other ParityKit declarations (<see cref="DeclarationPlacement"/>) or else in the file the fix was invoked in.
    /// </summary>
    internal static class DeclaringFixer
    {
        public static async Task<Solution> ApplyAsync(
            Solution solution,
            DocumentId? invokedIn,
            IEnumerable<Diagnostic> diagnostics,
            DeclaringCodeFix owner,
            CancellationToken cancellationToken)
        {
            var byDocument = diagnostics
                .Where(d => d.Location.IsInSource)
                .GroupBy(d => solution.GetDocumentId(d.Location.SourceTree))
                .Where(g => g.Key != null)
                .ToDictionary(g => g.Key!, g => g.OrderBy(d => d.Location.SourceSpan.Start).ToList());

            var changed = new HashSet<DocumentId>();
            Solution result = solution;
            foreach (IGrouping<ProjectId, DocumentId> project in byDocument.Keys.GroupBy(d => d.ProjectId))
            {
                result = await FixProjectAsync(result, project.ToList(), byDocument, invokedIn, owner, changed, cancellationToken).ConfigureAwait(false);
            }

            foreach (DocumentId id in changed)
            {
                // Adds the usings the annotated names need, then simplifies and formats only what the fix wrote.
                Document document = result.GetDocument(id)!;
                document = await ImportAdder.AddImportsAsync(document, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
                document = await Simplifier.ReduceAsync(document, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
                document = await Formatter.FormatAsync(document, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
                result = document.Project.Solution;
            }

            return result;
        }

        /// <summary>
        /// Whether a <c>const</c> the literal initialises can stop being one: none of its declarators may be used where
        /// C# needs a constant (another const, a case label, an attribute argument, a default value).
        /// </summary>
        public static async Task<bool> CanRemoveConstAsync(Solution solution, SemanticModel model, EndpointLiteral literal, CancellationToken cancellationToken)
        {
            VariableDeclarationSyntax? declaration = literal.ConstDeclaration switch
            {
                FieldDeclarationSyntax field => field.Declaration,
                LocalDeclarationStatementSyntax local => local.Declaration,
                _ => null,
            };
            if (declaration == null)
            {
                return true;
            }

            foreach (VariableDeclaratorSyntax declarator in declaration.Variables)
            {
                ISymbol? symbol = model.GetDeclaredSymbol(declarator, cancellationToken);
                if (symbol == null)
                {
                    return false;
                }

                foreach (ReferencedSymbol referenced in await SymbolFinder.FindReferencesAsync(symbol, solution, cancellationToken).ConfigureAwait(false))
                {
                    foreach (ReferenceLocation location in referenced.Locations)
                    {
                        SyntaxNode? root = await location.Document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                        SyntaxNode? node = root?.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true);
                        if (node == null || EndpointLiteral.GetConstantContext(node, out _) != ConstantContext.None)
                        {
                            return false;
                        }
                    }
                }
            }

            return true;
        }

        private static async Task<Solution> FixProjectAsync(
            Solution solution,
            List<DocumentId> documents,
            Dictionary<DocumentId, List<Diagnostic>> diagnostics,
            DocumentId? invokedIn,
            DeclaringCodeFix owner,
            HashSet<DocumentId> changed,
            CancellationToken cancellationToken)
        {
            Compilation? compilation = await solution.GetProject(documents[0].ProjectId)!.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            if (compilation == null)
            {
                return solution;
            }

            PlanFix plan = owner.BeginProject(compilation, solution, cancellationToken);
            var editors = new Dictionary<DocumentId, DocumentEditor>();
            var toDeclare = new SortedDictionary<string, DeclarationToAdd>(StringComparer.Ordinal);
            foreach (DocumentId documentId in documents.OrderBy(d => solution.GetDocument(d)!.FilePath, StringComparer.Ordinal))
            {
                Document document = solution.GetDocument(documentId)!;
                DocumentEditor editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
                var constDeclarations = new HashSet<SyntaxNode>();
                var rewritten = new HashSet<SyntaxNode>();
                foreach (Diagnostic diagnostic in diagnostics[documentId])
                {
                    if (await DeclaringCodeFix.PlanCheckedAsync(plan, document, editor.OriginalRoot, diagnostic, cancellationToken).ConfigureAwait(false) is not PlannedFix fix)
                    {
                        continue;
                    }

                    if (fix.Literal is { } literal && fix.ConfigKey != null && rewritten.Add(literal.Node))
                    {
                        ExpressionSyntax read = ConfigurationRead.Create(editor.SemanticModel, literal, fix.ConfigKey, cancellationToken);
                        editor.ReplaceNode(literal.Node, literal.Rewrite(read));
                        if (literal.ConstDeclaration != null)
                        {
                            constDeclarations.Add(literal.ConstDeclaration);
                        }
                    }

                    foreach (DeclarationToAdd declaration in fix.Declarations)
                    {
                        if (!toDeclare.ContainsKey(declaration.Identity) && !declaration.IsDeclared(compilation))
                        {
                            toDeclare.Add(declaration.Identity, declaration);
                        }
                    }
                }

                // After the literals inside them: the editor hands the callback the declaration with its new initializer.
                foreach (SyntaxNode declaration in constDeclarations)
                {
                    editor.ReplaceNode(declaration, (current, _) => EndpointLiteral.RemoveConst(current));
                }

                editors.Add(documentId, editor);
            }

            if (toDeclare.Count > 0)
            {
                DeclarationPlacement placement = DeclarationPlacement.Find(compilation, solution, toDeclare.Values.SelectMany(d => d.PlaceWith).Distinct(), cancellationToken);
                DocumentId target = placement.Holder ?? (invokedIn != null && editors.ContainsKey(invokedIn) ? invokedIn : editors.Keys.First());
                if (!editors.TryGetValue(target, out DocumentEditor? editor))
                {
                    editor = await DocumentEditor.CreateAsync(solution.GetDocument(target)!, cancellationToken).ConfigureAwait(false);
                    editors.Add(target, editor);
                }

                string newLine = NewLineOf(editor.OriginalRoot);
                DeclarationPlacement.Insert(
                    editor,
                    target == placement.Holder ? placement.Anchor : null,
                    toDeclare.Values.Select(d => d.ToSyntax(newLine)).ToList(),
                    newLine);
            }

            foreach (KeyValuePair<DocumentId, DocumentEditor> edited in editors)
            {
                SyntaxNode changedRoot = edited.Value.GetChangedRoot();
                if (changedRoot != edited.Value.OriginalRoot)
                {
                    solution = solution.WithDocumentSyntaxRoot(edited.Key, changedRoot);
                    changed.Add(edited.Key);
                }
            }

            return solution;
        }

        private static string NewLineOf(SyntaxNode root)
        {
            SyntaxTrivia endOfLine = root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            return endOfLine.IsKind(SyntaxKind.EndOfLineTrivia) ? endOfLine.ToString() : "\n";
        }
    }
}
