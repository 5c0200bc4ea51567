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
    /// What one rule's fix decides per project: the configuration key each literal's base URL is read from, and the
    /// declarations the project needs afterwards. The rest — rewriting literals, dropping <c>const</c>, placing the
    /// declarations once, cleaning up — is <see cref="EndpointLiteralFixer"/>'s.
    /// </summary>
    internal abstract class ProjectEndpointFix
    {
        protected ProjectEndpointFix(DeclarationPlacement placement) => Placement = placement;

        public DeclarationPlacement Placement { get; }

        /// <summary>The key to read the diagnostic's base URL from (recording what must be declared), or null to leave it.</summary>
        public abstract string? ConfigKeyFor(Diagnostic diagnostic);

        /// <summary>The assembly attributes to add once the project's literals are rewritten (none when all are declared).</summary>
        public abstract IReadOnlyList<AttributeListSyntax> DeclarationsToAdd(string newLine);
    }

    /// <summary>
    /// Applies endpoint-literal fixes, one or many at once: each literal's base URL becomes a configuration read and each
    /// project gets its missing declarations once. Single fixes and Fix All share this path, so a batch never declares
    /// anything twice.
    /// </summary>
    internal static class EndpointLiteralFixer
    {
        public static async Task<Solution> FixAsync(
            Solution solution,
            DocumentId? invokedIn,
            IEnumerable<Diagnostic> diagnostics,
            Func<Compilation, Solution, CancellationToken, ProjectEndpointFix> begin,
            CancellationToken cancellationToken)
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
                result = await FixProjectAsync(result, project.Key, project.ToList(), byDocument, invokedIn, begin, cancellationToken).ConfigureAwait(false);
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

        /// <summary>Whether the fix can be offered for the literal: it exists, and a <c>const</c> around it can go.</summary>
        public static async Task<bool> CanFixAsync(Document document, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            EndpointLiteral? literal = EndpointLiteral.TryCreate(root, diagnostic);
            if (literal == null)
            {
                return false;
            }

            if (literal.ConstDeclaration == null)
            {
                return true;
            }

            SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            return model != null && await CanRemoveConstAsync(document.Project.Solution, model, literal, cancellationToken).ConfigureAwait(false);
        }

        private static async Task<Solution> FixProjectAsync(
            Solution solution,
            ProjectId projectId,
            List<DocumentId> documents,
            Dictionary<DocumentId, List<Diagnostic>> diagnostics,
            DocumentId? invokedIn,
            Func<Compilation, Solution, CancellationToken, ProjectEndpointFix> begin,
            CancellationToken cancellationToken)
        {
            Compilation? compilation = await solution.GetProject(projectId)!.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            if (compilation == null)
            {
                return solution;
            }

            ProjectEndpointFix fix = begin(compilation, solution, cancellationToken);
            var editors = new Dictionary<DocumentId, DocumentEditor>();
            foreach (DocumentId documentId in documents.OrderBy(d => solution.GetDocument(d)!.FilePath, StringComparer.Ordinal))
            {
                DocumentEditor editor = await DocumentEditor.CreateAsync(solution.GetDocument(documentId)!, cancellationToken).ConfigureAwait(false);
                var constDeclarations = new HashSet<SyntaxNode>();
                foreach (Diagnostic diagnostic in diagnostics[documentId])
                {
                    EndpointLiteral? literal = EndpointLiteral.TryCreate(editor.OriginalRoot, diagnostic);
                    if (literal == null
                        || (literal.ConstDeclaration != null && !await CanRemoveConstAsync(solution, editor.SemanticModel, literal, cancellationToken).ConfigureAwait(false))
                        || fix.ConfigKeyFor(diagnostic) is not string configKey)
                    {
                        continue;
                    }

                    ExpressionSyntax read = ConfigurationRead.Create(editor.SemanticModel, literal, configKey, cancellationToken);
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

            DeclarationPlacement placement = fix.Placement;
            if (editors.Count > 0)
            {
                // Next to the project's other ParityKit declarations; else in the file the fix was invoked in.
                DocumentId target = placement.Holder
                    ?? (invokedIn != null && editors.ContainsKey(invokedIn) ? invokedIn : editors.Keys.First());
                DocumentEditor? targetEditor = editors.TryGetValue(target, out DocumentEditor? existing) ? existing : null;
                SyntaxNode targetRoot = targetEditor?.OriginalRoot ?? (await solution.GetDocument(target)!.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
                string newLine = NewLineOf(targetRoot);
                IReadOnlyList<AttributeListSyntax> declarations = fix.DeclarationsToAdd(newLine);
                if (declarations.Count > 0)
                {
                    if (targetEditor == null)
                    {
                        targetEditor = await DocumentEditor.CreateAsync(solution.GetDocument(target)!, cancellationToken).ConfigureAwait(false);
                        editors.Add(target, targetEditor);
                    }

                    DeclarationPlacement.Insert(targetEditor, target == placement.Holder ? placement.Anchor : null, declarations, newLine);
                }
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
