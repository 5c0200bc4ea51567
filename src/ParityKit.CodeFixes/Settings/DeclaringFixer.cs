using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using ParityKit.CodeFixes.Common;

namespace ParityKit.CodeFixes.Settings
{
    /// <summary>
    /// Applies <see cref="PlannedFix"/>es, one or a Fix All batch: literals become configuration reads, and each
    /// declaration is added once per project (not at all when the project has it), next to the project's other
    /// ParityKit declarations or else in the file the fix was invoked in.
    /// </summary>
    internal static class DeclaringFixer
    {
        public static async Task<Solution> ApplyAsync(
            Solution solution,
            DocumentId? invokedIn,
            IReadOnlyList<(DocumentId Document, PlannedFix Fix)> fixes,
            CancellationToken cancellationToken)
        {
            var changed = new HashSet<DocumentId>();
            Solution result = solution;
            foreach (IGrouping<ProjectId, (DocumentId Document, PlannedFix Fix)> project in fixes.GroupBy(f => f.Document.ProjectId))
            {
                result = await ApplyToProjectAsync(result, project.ToList(), invokedIn, changed, cancellationToken).ConfigureAwait(false);
            }

            foreach (DocumentId id in changed)
            {
                Document document = result.GetDocument(id)!;
                document = await ImportAdder.AddImportsAsync(document, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
                document = await Simplifier.ReduceAsync(document, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
                document = await Formatter.FormatAsync(document, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
                result = document.Project.Solution;
            }

            return result;
        }

        private static async Task<Solution> ApplyToProjectAsync(
            Solution solution,
            List<(DocumentId Document, PlannedFix Fix)> fixes,
            DocumentId? invokedIn,
            HashSet<DocumentId> changed,
            CancellationToken cancellationToken)
        {
            Compilation? compilation = await solution.GetProject(fixes[0].Document.ProjectId)!.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            if (compilation == null)
            {
                return solution;
            }

            var editors = new Dictionary<DocumentId, DocumentEditor>();
            var toDeclare = new SortedDictionary<string, DeclarationToAdd>(StringComparer.Ordinal);
            foreach (IGrouping<DocumentId, PlannedFix> document in fixes.GroupBy(f => f.Document, f => f.Fix))
            {
                DocumentEditor editor = await DocumentEditor.CreateAsync(solution.GetDocument(document.Key)!, cancellationToken).ConfigureAwait(false);
                var constDeclarations = new HashSet<SyntaxNode>();
                var rewritten = new HashSet<SyntaxNode>();
                foreach (PlannedFix fix in document)
                {
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

                foreach (SyntaxNode declaration in constDeclarations)
                {
                    editor.ReplaceNode(declaration, (current, _) => EndpointLiteral.RemoveConst(current));
                }

                editors.Add(document.Key, editor);
            }

            if (toDeclare.Count > 0)
            {
                DeclarationPlacement existing = DeclarationPlacement.Find(compilation, solution, sameKind: null, visit: null, cancellationToken);
                DocumentId target = existing.Holder ?? (invokedIn != null && editors.ContainsKey(invokedIn) ? invokedIn : editors.Keys.First());
                if (!editors.TryGetValue(target, out DocumentEditor? editor))
                {
                    editor = await DocumentEditor.CreateAsync(solution.GetDocument(target)!, cancellationToken).ConfigureAwait(false);
                    editors.Add(target, editor);
                }

                string newLine = NewLineOf(editor.OriginalRoot);
                DeclarationPlacement.Insert(
                    editor,
                    target == existing.Holder ? existing.Anchor : null,
                    toDeclare.Values.Select(d => Parse(d.Text, newLine)).ToList(),
                    newLine);
            }

            foreach (KeyValuePair<DocumentId, DocumentEditor> edited in editors)
            {
                solution = solution.WithDocumentSyntaxRoot(edited.Key, edited.Value.GetChangedRoot());
                changed.Add(edited.Key);
            }

            return solution;
        }

        private static AttributeListSyntax Parse(string text, string newLine) =>
            SyntaxFactory.ParseCompilationUnit(text).AttributeLists[0]
                .WithTrailingTrivia(SyntaxFactory.EndOfLine(newLine))
                .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation, Formatter.Annotation);

        private static string NewLineOf(SyntaxNode root)
        {
            SyntaxTrivia endOfLine = root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            return endOfLine.IsKind(SyntaxKind.EndOfLineTrivia) ? endOfLine.ToString() : "\n";
        }
    }
}
