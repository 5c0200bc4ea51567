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

namespace ParityKit.CodeFixes.ThirdPartyApis
{
    /// <summary>
    /// Applies PK2001 fixes, one or many at once: each literal becomes a configuration read, and each API that is not
    /// declared yet gets one <c>[assembly: ThirdPartyApi]</c> per project. Single fixes and Fix All share this path, so a
    /// batch can never declare an API twice.
    /// </summary>
    internal static class SandboxEndpointFixer
    {
        public static async Task<Solution> FixAsync(Solution solution, DocumentId? invokedIn, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var byDocument = diagnostics
                .Where(d => d.Location.IsInSource)
                .GroupBy(d => solution.GetDocumentId(d.Location.SourceTree))
                .Where(g => g.Key != null)
                .ToDictionary(g => g.Key!, g => g.OrderBy(d => d.Location.SourceSpan.Start).ToList());

            var changed = new List<DocumentId>();
            Solution result = solution;
            foreach (IGrouping<ProjectId, DocumentId> project in byDocument.Keys.GroupBy(d => d.ProjectId))
            {
                Solution before = result;
                result = await FixProjectAsync(result, project.Key, project.ToList(), byDocument, invokedIn, cancellationToken).ConfigureAwait(false);
                changed.AddRange(result.GetChanges(before).GetProjectChanges().SelectMany(p => p.GetChangedDocuments()));
            }

            foreach (DocumentId id in changed.Distinct())
            {
                result = await CleanUpAsync(result.GetDocument(id)!, cancellationToken).ConfigureAwait(false);
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
            ProjectId projectId,
            List<DocumentId> documents,
            Dictionary<DocumentId, List<Diagnostic>> diagnostics,
            DocumentId? invokedIn,
            CancellationToken cancellationToken)
        {
            Compilation? compilation = await solution.GetProject(projectId)!.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            if (compilation == null)
            {
                return solution;
            }

            ThirdPartyApiDeclarations declarations = ThirdPartyApiDeclarations.Read(compilation, solution, cancellationToken);
            var toDeclare = new SortedDictionary<string, ApiToDeclare>(StringComparer.OrdinalIgnoreCase);
            var editors = new Dictionary<DocumentId, DocumentEditor>();
            foreach (DocumentId documentId in documents.OrderBy(d => solution.GetDocument(d)!.FilePath, StringComparer.Ordinal))
            {
                DocumentEditor editor = await DocumentEditor.CreateAsync(solution.GetDocument(documentId)!, cancellationToken).ConfigureAwait(false);
                var constDeclarations = new HashSet<SyntaxNode>();
                foreach (Diagnostic diagnostic in diagnostics[documentId])
                {
                    EndpointLiteral? literal = EndpointLiteral.TryCreate(editor.OriginalRoot, diagnostic);
                    ApiToDeclare? api = ApiToDeclare.From(diagnostic);
                    if (literal == null || api == null
                        || (literal.ConstDeclaration != null && !await CanRemoveConstAsync(solution, editor.SemanticModel, literal, cancellationToken).ConfigureAwait(false)))
                    {
                        continue;
                    }

                    if (!declarations.TryFind(api, out string? configKey) && !toDeclare.ContainsKey(api.Name))
                    {
                        toDeclare.Add(api.Name, api);
                    }

                    ExpressionSyntax read = ConfigurationRead.Create(editor.SemanticModel, literal, configKey ?? api.ConfigKey, cancellationToken);
                    editor.ReplaceNode(literal.Node, literal.Rewrite(read));
                    if (literal.ConstDeclaration != null)
                    {
                        constDeclarations.Add(literal.ConstDeclaration);
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
                // Next to the project's other ParityKit declarations; else in the file the fix was invoked in.
                DocumentId target = declarations.Holder
                    ?? (invokedIn != null && editors.ContainsKey(invokedIn) ? invokedIn : editors.Keys.First());
                if (!editors.TryGetValue(target, out DocumentEditor? editor))
                {
                    editor = await DocumentEditor.CreateAsync(solution.GetDocument(target)!, cancellationToken).ConfigureAwait(false);
                    editors.Add(target, editor);
                }

                string newLine = NewLineOf(editor.OriginalRoot);
                ThirdPartyApiDeclarations.Insert(
                    editor,
                    target == declarations.Holder ? declarations.Anchor : null,
                    toDeclare.Values.Select(api => ThirdPartyApiDeclarations.Create(api, newLine)).ToList(),
                    newLine);
            }

            foreach (KeyValuePair<DocumentId, DocumentEditor> edited in editors)
            {
                solution = solution.WithDocumentSyntaxRoot(edited.Key, edited.Value.GetChangedRoot());
            }

            return solution;
        }

        /// <summary>Adds the usings the annotated names need, then simplifies and formats only what the fix wrote.</summary>
        private static async Task<Solution> CleanUpAsync(Document document, CancellationToken cancellationToken)
        {
            document = await ImportAdder.AddImportsAsync(document, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            document = await Simplifier.ReduceAsync(document, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            document = await Formatter.FormatAsync(document, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            return document.Project.Solution;
        }

        private static string NewLineOf(SyntaxNode root)
        {
            SyntaxTrivia endOfLine = root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            return endOfLine.IsKind(SyntaxKind.EndOfLineTrivia) ? endOfLine.ToString() : "\n";
        }
    }
}
