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

namespace ParityKit.CodeFixes.Flags
{
    /// <summary>
    /// PK4001: declares the flag's production baseline. With exactly one <c>[FeatureFlags]</c> class in the project the
    /// key becomes a <c>[Baseline]</c> constant there (and a literal key at the call site is replaced by the constant);
    /// otherwise an <c>[assembly: FlagBaseline]</c> is added next to the project's other flag (or ParityKit) declarations.
    /// The proposed baseline is the call-site default when there is one, else off: the reviewer confirms it.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddFlagBaselineCodeFix))]
    [Shared]
    public sealed class AddFlagBaselineCodeFix : CodeFixProvider
    {
        private static readonly string[] DeclarationAttributeNames =
        {
            "ParityApp", "RequiresSetting", "RequiresSecret", "ThirdPartyApi", "ClientStorageKey", "ServiceWorker", "BaseUrlSetting",
        };

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.FlagWithoutBaseline);

        // Each fix edits a shared declaration site, so fixes are not batched.
        public override FixAllProvider? GetFixAllProvider() => null;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            Compilation? compilation = await context.Document.Project.GetCompilationAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || compilation is null)
            {
                return;
            }

            INamedTypeSymbol? flagsClass = FindSingleFeatureFlagsClass(compilation, context.CancellationToken);
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(FlagDiagnosticProperties.Key, out string? key) || key is null)
                {
                    continue;
                }

                bool enabled = diagnostic.Properties.TryGetValue(FlagDiagnosticProperties.Enabled, out string? value) && value == "true";
                string state = enabled ? "on" : "off";
                SyntaxNode keySyntax = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                CodeAction action = flagsClass is not null
                    ? CodeAction.Create(
                        $"Declare '{key}' in {flagsClass.Name} (production: {state})",
                        ct => AddToFeatureFlagsClassAsync(context.Document, keySyntax, flagsClass, key, enabled, ct),
                        equivalenceKey: nameof(AddFlagBaselineCodeFix) + ".Class")
                    : CodeAction.Create(
                        $"Add [assembly: FlagBaseline(\"{key}\", {(enabled ? "true" : "false")})]",
                        ct => AddAssemblyAttributeAsync(context.Document, key, enabled, ct),
                        equivalenceKey: nameof(AddFlagBaselineCodeFix) + ".Assembly");
                context.RegisterCodeFix(action, diagnostic);
            }
        }

        private static async Task<Solution> AddToFeatureFlagsClassAsync(
            Document document, SyntaxNode keySyntax, INamedTypeSymbol flagsClass, string key, bool enabled, CancellationToken cancellationToken)
        {
            if (flagsClass.DeclaringSyntaxReferences.IsEmpty
                || await flagsClass.DeclaringSyntaxReferences[0].GetSyntaxAsync(cancellationToken).ConfigureAwait(false) is not ClassDeclarationSyntax classSyntax
                || document.Project.Solution.GetDocument(classSyntax.SyntaxTree) is not { } classDocument)
            {
                return document.Project.Solution;
            }

            string name = ConstantName(key, flagsClass);
            var field = (FieldDeclarationSyntax)SyntaxFactory.ParseMemberDeclaration(
                $"[ParityKit.Baseline({(enabled ? "true" : "false")})] public const string {name} = {SyntaxFactory.Literal(key).ToFullString()};\n")!;
            field = field.WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);

            var editor = new Microsoft.CodeAnalysis.Editing.SolutionEditor(document.Project.Solution);
            Microsoft.CodeAnalysis.Editing.DocumentEditor classEditor =
                await editor.GetDocumentEditorAsync(classDocument.Id, cancellationToken).ConfigureAwait(false);
            if (LastConstant(classSyntax) is { } last)
            {
                classEditor.InsertAfter(last, field);
            }
            else
            {
                classEditor.ReplaceNode(classSyntax, (node, _) => ((ClassDeclarationSyntax)node).AddMembers(field));
            }

            if (keySyntax is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                Microsoft.CodeAnalysis.Editing.DocumentEditor callEditor =
                    await editor.GetDocumentEditorAsync(document.Id, cancellationToken).ConfigureAwait(false);
                ExpressionSyntax reference = SyntaxFactory.ParseExpression(
                        flagsClass.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + name)
                    .WithTriviaFrom(literal)
                    .WithAdditionalAnnotations(Simplifier.Annotation);
                callEditor.ReplaceNode(literal, reference);
            }

            return editor.GetChangedSolution();
        }

        private static async Task<Solution> AddAssemblyAttributeAsync(Document document, string key, bool enabled, CancellationToken cancellationToken)
        {
            (Document target, AttributeListSyntax? after) = await FindDeclarationSiteAsync(document, cancellationToken).ConfigureAwait(false);
            if (await target.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not CompilationUnitSyntax root)
            {
                return document.Project.Solution;
            }

            AttributeListSyntax list = SyntaxFactory.ParseCompilationUnit(
                    $"[assembly: ParityKit.FlagBaseline({SyntaxFactory.Literal(key).ToFullString()}, {(enabled ? "true" : "false")})]\n")
                .AttributeLists[0]
                .WithAdditionalAnnotations(Simplifier.Annotation);

            if (root.AttributeLists.Count == 0 && root.Usings.Count > 0)
            {
                // The first assembly attribute of the file: a blank line after the usings, one before the code.
                list = list.WithLeadingTrivia(SyntaxFactory.EndOfLine("\n")).WithTrailingTrivia(SyntaxFactory.EndOfLine("\n"));
            }

            int index = after is null ? root.AttributeLists.Count : root.AttributeLists.IndexOf(after) + 1;
            CompilationUnitSyntax updated = root.WithAttributeLists(root.AttributeLists.Insert(index, list));
            return target.WithSyntaxRoot(updated).Project.Solution;
        }

        /// <summary>
        /// Where an assembly-level baseline goes: after the last <c>[assembly: FlagBaseline]</c> in the project, else after the
        /// last assembly-level ParityKit declaration, else at the end of the current file's assembly attributes.
        /// </summary>
        private static async Task<(Document Document, AttributeListSyntax? After)> FindDeclarationSiteAsync(
            Document current, CancellationToken cancellationToken)
        {
            (Document, AttributeListSyntax)? declarationSite = null;
            foreach (Document document in current.Project.Documents)
            {
                if (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not CompilationUnitSyntax root)
                {
                    continue;
                }

                AttributeListSyntax? lastFlag = null;
                AttributeListSyntax? lastDeclaration = null;
                foreach (AttributeListSyntax list in root.AttributeLists)
                {
                    if (!list.Target?.Identifier.IsKind(SyntaxKind.AssemblyKeyword) ?? true)
                    {
                        continue;
                    }

                    foreach (AttributeSyntax attribute in list.Attributes)
                    {
                        string name = SimpleName(attribute.Name);
                        if (name is "FlagBaseline" or "FlagBaselineAttribute")
                        {
                            lastFlag = list;
                        }
                        else if (System.Array.IndexOf(DeclarationAttributeNames, name.Replace("Attribute", string.Empty)) >= 0)
                        {
                            lastDeclaration = list;
                        }
                    }
                }

                if (lastFlag is not null)
                {
                    return (document, lastFlag);
                }

                if (lastDeclaration is not null && declarationSite is null)
                {
                    declarationSite = (document, lastDeclaration);
                }
            }

            if (declarationSite is { } site)
            {
                return site;
            }

            return (current, null);
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
        internal static string ConstantName(string key, INamedTypeSymbol type) =>
            Identifiers.ToUniqueMemberNames(new[] { key }, type.MemberNames.Concat(new[] { type.Name }))[0];

        private static string SimpleName(NameSyntax name) => name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => string.Empty,
        };
    }
}
