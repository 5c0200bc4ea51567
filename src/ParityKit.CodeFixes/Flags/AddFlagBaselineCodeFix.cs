using System.Collections.Generic;
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
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.Diagnostics;
using ParityKit.Analyzers.Flags;
using ParityKit.Analyzers.Manifest;
using ParityKit.CodeFixes.Common;

namespace ParityKit.CodeFixes.Flags
{
    /// <summary>
    /// PK4001: declares the flag's production baseline. With exactly one <c>[FeatureFlags]</c> class in the project the
    /// key becomes a <c>[Baseline]</c> constant there (and a literal key at the call site is replaced by the constant);
    /// otherwise an <c>[assembly: FlagBaseline]</c> is added next to the project's other flag (or ParityKit) declarations,
    /// once per project in a Fix All. The proposed baseline is the call-site default when there is one, else off: the
    /// reviewer confirms it.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddFlagBaselineCodeFix))]
    [Shared]
    public sealed class AddFlagBaselineCodeFix : DeclaringCodeFix
    {
        private const string AssemblyEquivalenceKey = nameof(AddFlagBaselineCodeFix) + ".Assembly";
        private const string ClassEquivalenceKey = nameof(AddFlagBaselineCodeFix) + ".Class";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.FlagWithoutBaseline);

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            Compilation? compilation = await context.Document.Project.GetCompilationAsync(context.CancellationToken).ConfigureAwait(false);
            if (compilation is null)
            {
                return;
            }

            // Without a single [FeatureFlags] class, the assembly attribute: planned and applied like every declaration.
            if (FindSingleFeatureFlagsClass(compilation, context.CancellationToken) is not { } flagsClass)
            {
                await base.RegisterCodeFixesAsync(context).ConfigureAwait(false);
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(FlagDiagnosticProperties.Key, out string? key) || key is null)
                {
                    continue;
                }

                Document document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Declare '{key}' in {flagsClass.Name} (production: {(IsEnabled(diagnostic) ? "on" : "off")})",
                        ct => AddToFeatureFlagsClassAsync(document.Project.Solution, flagsClass, new[] { diagnostic }, ct),
                        equivalenceKey: ClassEquivalenceKey),
                    diagnostic);
            }
        }

        /// <summary>Fix All of the assembly attributes through the shared path; of the class constants, each key once per class.</summary>
        public override FixAllProvider GetFixAllProvider() => new FixAll(base.GetFixAllProvider());

        internal override string? EquivalenceKey(Diagnostic diagnostic) => AssemblyEquivalenceKey;

        internal override PlanFix BeginProject(Compilation compilation, Solution solution, CancellationToken cancellationToken)
        {
            // A project with a single [FeatureFlags] class gets constants there, never assembly attributes.
            if (FindSingleFeatureFlagsClass(compilation, cancellationToken) is not null)
            {
                return (_, _) => null;
            }

            return (_, diagnostic) =>
            {
                if (!diagnostic.Properties.TryGetValue(FlagDiagnosticProperties.Key, out string? key) || key is null)
                {
                    return null;
                }

                DeclarationToAdd declaration = DeclarationToAdd.FlagBaseline(key, IsEnabled(diagnostic));
                return PlannedFix.Declare("Add " + declaration.Display(), declaration);
            };
        }

        private static bool IsEnabled(Diagnostic diagnostic) =>
            diagnostic.Properties.TryGetValue(FlagDiagnosticProperties.Enabled, out string? value) && value == "true";

        /// <summary>
        /// Adds a <c>[Baseline]</c> constant per key to <paramref name="flagsClass"/> (each key once), and replaces the
        /// diagnostics' literal keys by the constants.
        /// </summary>
        private static async Task<Solution> AddToFeatureFlagsClassAsync(
            Solution solution, INamedTypeSymbol flagsClass, IReadOnlyList<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            if (flagsClass.DeclaringSyntaxReferences.IsEmpty
                || await flagsClass.DeclaringSyntaxReferences[0].GetSyntaxAsync(cancellationToken).ConfigureAwait(false) is not ClassDeclarationSyntax classSyntax
                || solution.GetDocument(classSyntax.SyntaxTree) is not { } classDocument)
            {
                return solution;
            }

            var flags = new List<(Diagnostic Diagnostic, string Key)>();
            var keys = new List<string>();
            foreach (Diagnostic diagnostic in diagnostics)
            {
                if (diagnostic.Properties.TryGetValue(FlagDiagnosticProperties.Key, out string? key) && key is not null)
                {
                    flags.Add((diagnostic, key));
                    if (!keys.Contains(key))
                    {
                        keys.Add(key);
                    }
                }
            }

            string[] names = ConstantNames(keys, flagsClass);
            var fields = new List<SyntaxNode>();
            for (int i = 0; i < keys.Count; i++)
            {
                bool enabled = IsEnabled(flags.First(f => f.Key == keys[i]).Diagnostic);
                var field = (FieldDeclarationSyntax)SyntaxFactory.ParseMemberDeclaration(
                    $"[ParityKit.Baseline({(enabled ? "true" : "false")})] public const string {names[i]} = {SyntaxFactory.Literal(keys[i]).ToFullString()};\n")!;
                fields.Add(field.WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation));
            }

            var editor = new Microsoft.CodeAnalysis.Editing.SolutionEditor(solution);
            Microsoft.CodeAnalysis.Editing.DocumentEditor classEditor =
                await editor.GetDocumentEditorAsync(classDocument.Id, cancellationToken).ConfigureAwait(false);
            if (LastConstant(classSyntax) is { } last)
            {
                classEditor.InsertAfter(last, fields);
            }
            else
            {
                classEditor.ReplaceNode(classSyntax, (node, _) => ((ClassDeclarationSyntax)node).AddMembers(fields.Cast<MemberDeclarationSyntax>().ToArray()));
            }

            foreach ((Diagnostic diagnostic, string key) in flags)
            {
                if (solution.GetDocumentId(diagnostic.Location.SourceTree) is not { } callDocument)
                {
                    continue;
                }

                Microsoft.CodeAnalysis.Editing.DocumentEditor callEditor =
                    await editor.GetDocumentEditorAsync(callDocument, cancellationToken).ConfigureAwait(false);
                if (callEditor.OriginalRoot.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is LiteralExpressionSyntax literal
                    && literal.IsKind(SyntaxKind.StringLiteralExpression))
                {
                    ExpressionSyntax reference = SyntaxFactory.ParseExpression(
                            flagsClass.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + names[keys.IndexOf(key)])
                        .WithTriviaFrom(literal)
                        .WithAdditionalAnnotations(Simplifier.Annotation);
                    callEditor.ReplaceNode(literal, reference);
                }
            }

            return editor.GetChangedSolution();
        }

        private static INamedTypeSymbol? FindSingleFeatureFlagsClass(Compilation compilation, CancellationToken cancellationToken)
        {
            if (compilation.GetTypeByMetadataName(MetadataNames.FeatureFlagsAttribute) is not { } featureFlags)
            {
                return null;
            }

            var found = new List<INamedTypeSymbol>();
            var pending = new Stack<INamespaceOrTypeSymbol>();
            pending.Push(compilation.Assembly.GlobalNamespace);
            while (pending.Count > 0 && found.Count < 2)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (ISymbol member in pending.Pop().GetMembers())
                {
                    if (member is INamespaceSymbol @namespace)
                    {
                        pending.Push(@namespace);
                    }
                    else if (member is INamedTypeSymbol type)
                    {
                        pending.Push(type);
                        if (type.TypeKind == TypeKind.Class && FlagReaderSymbols.HasAttribute(type, featureFlags))
                        {
                            found.Add(type);
                        }
                    }
                }
            }

            return found.Count == 1 ? found[0] : null;
        }

        private static FieldDeclarationSyntax? LastConstant(ClassDeclarationSyntax classSyntax)
        {
            FieldDeclarationSyntax? last = null;
            foreach (MemberDeclarationSyntax member in classSyntax.Members)
            {
                if (member is FieldDeclarationSyntax field && field.Modifiers.Any(SyntaxKind.ConstKeyword))
                {
                    last = field;
                }
            }

            return last;
        }

        /// <summary>
        /// A constant name for a key, as the typed manifest names it (<c>new-checkout</c> becomes <c>NewCheckout</c>), with a
        /// numeric suffix when the class already has a member of that name or is itself named so.
        /// </summary>
        internal static string ConstantName(string key, INamedTypeSymbol type) => ConstantNames(new[] { key }, type)[0];

        private static string[] ConstantNames(IReadOnlyList<string> keys, INamedTypeSymbol type) =>
            Identifiers.ToUniqueMemberNames(keys, type.MemberNames.Concat(new[] { type.Name }));

        /// <summary>Dispatches a Fix All by the invoked fix: class constants here, assembly attributes through the shared path.</summary>
        private sealed class FixAll : FixAllProvider
        {
            private readonly FixAllProvider _declarations;

            public FixAll(FixAllProvider declarations) => _declarations = declarations;

            public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => _declarations.GetSupportedFixAllScopes();

            public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
            {
                if (fixAllContext.CodeActionEquivalenceKey != ClassEquivalenceKey)
                {
                    return await _declarations.GetFixAsync(fixAllContext).ConfigureAwait(false);
                }

                var byProject = new Dictionary<ProjectId, List<Diagnostic>>();
                foreach (Document document in DocumentsIn(fixAllContext))
                {
                    foreach (Diagnostic diagnostic in await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false))
                    {
                        if (!byProject.TryGetValue(document.Project.Id, out List<Diagnostic>? list))
                        {
                            byProject.Add(document.Project.Id, list = new List<Diagnostic>());
                        }

                        list.Add(diagnostic);
                    }
                }

                return byProject.Count == 0
                    ? null
                    : CodeAction.Create(
                        "Declare the flags' baselines in their [FeatureFlags] class",
                        async cancellationToken =>
                        {
                            Solution solution = fixAllContext.Solution;
                            foreach (KeyValuePair<ProjectId, List<Diagnostic>> project in byProject)
                            {
                                Compilation? compilation = await solution.GetProject(project.Key)!.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
                                if (compilation is not null && FindSingleFeatureFlagsClass(compilation, cancellationToken) is { } flagsClass)
                                {
                                    solution = await AddToFeatureFlagsClassAsync(solution, flagsClass, project.Value, cancellationToken).ConfigureAwait(false);
                                }
                            }

                            return solution;
                        },
                        ClassEquivalenceKey);
            }
        }
    }
}
