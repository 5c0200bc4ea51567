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
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using ParityKit.Analyzers.Diagnostics;
using ParityKit.Analyzers.Settings;
using ParityKit.CodeFixes.Common;

namespace ParityKit.CodeFixes.Settings
{
    /// <summary>
    /// PK3003 fix, "Remove the fallback": <c>read ?? "literal"</c> becomes <c>read ?? throw new InvalidOperationException(...)</c>,
    /// and <c>GetValue&lt;T&gt;(key, default)</c> becomes <c>GetValue&lt;T?&gt;(key) ?? throw ...</c>, so a missing value
    /// fails where it is read and the expression keeps its non-null type.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SecretFallbackCodeFix))]
    [Shared]
    public sealed class SecretFallbackCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.SecretWithFallback);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null || model == null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                string? key = EndpointLiteral.GetProperty(diagnostic, ConfigurationReadAnalyzer.KeyProperty);
                SyntaxNode? fallback = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                SyntaxNode? target = fallback == null ? null : Target(fallback);
                SyntaxNode? replacement = key == null || target == null ? null : target switch
                {
                    InvocationExpressionSyntax invocation when fallback!.Parent is ArgumentSyntax argument => WithoutDefault(invocation, argument, key, model),
                    _ => Throw(key).WithTriviaFrom(target),
                };
                if (target == null || replacement == null)
                {
                    continue;
                }

                Document document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Remove the fallback: fail when '" + key + "' is missing",
                        async cancellationToken =>
                        {
                            Document edited = document.WithSyntaxRoot(root.ReplaceNode(target, replacement));
                            edited = await ImportAdder.AddImportsAsync(edited, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
                            edited = await Simplifier.ReduceAsync(edited, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
                            return await Formatter.FormatAsync(edited, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
                        },
                        RuleIds.SecretWithFallback),
                    diagnostic);
            }
        }

        /// <summary>What the fix replaces: the fallback of <c>??</c>, or the whole <c>GetValue(key, default)</c> call.</summary>
        private static SyntaxNode? Target(SyntaxNode fallback) => fallback.Parent switch
        {
            BinaryExpressionSyntax coalesce when coalesce.IsKind(SyntaxKind.CoalesceExpression) && coalesce.Right == fallback => fallback,
            ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } } => invocation,
            _ => null,
        };

        /// <summary><c>GetValue&lt;T&gt;(key, default)</c> → <c>(GetValue&lt;T?&gt;(key) ?? throw ...)</c>.</summary>
        private static ParenthesizedExpressionSyntax? WithoutDefault(InvocationExpressionSyntax invocation, ArgumentSyntax argument, string key, SemanticModel model)
        {
            if (model.GetSymbolInfo(invocation).Symbol is not IMethodSymbol { TypeArguments.Length: 1 } method)
            {
                return null;
            }

            SimpleNameSyntax? name = invocation.Expression switch
            {
                MemberAccessExpressionSyntax member => member.Name,
                SimpleNameSyntax simple => simple,
                _ => null,
            };
            if (name == null)
            {
                return null;
            }

            ITypeSymbol type = method.TypeArguments[0];
            TypeSyntax typeSyntax = name is GenericNameSyntax generic && generic.TypeArgumentList.Arguments.Count == 1
                ? generic.TypeArgumentList.Arguments[0]
                : SyntaxFactory.ParseTypeName(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)).WithAdditionalAnnotations(Simplifier.Annotation);
            if (type.IsValueType && type.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T)
            {
                typeSyntax = SyntaxFactory.NullableType(typeSyntax.WithoutTrivia());
            }

            GenericNameSyntax newName = SyntaxFactory.GenericName(name.Identifier, SyntaxFactory.TypeArgumentList(SyntaxFactory.SingletonSeparatedList(typeSyntax)));
            InvocationExpressionSyntax withoutDefault = invocation
                .ReplaceNode(name, newName)
                .WithArgumentList(invocation.ArgumentList.WithArguments(SyntaxFactory.SeparatedList(
                    invocation.ArgumentList.Arguments.Where(a => !a.IsEquivalentTo(argument, topLevel: false)))));
            ExpressionSyntax coalesced = SyntaxFactory.BinaryExpression(SyntaxKind.CoalesceExpression, withoutDefault.WithoutTrivia(), Throw(key));
            return SyntaxFactory.ParenthesizedExpression(coalesced).WithAdditionalAnnotations(Simplifier.Annotation).WithTriviaFrom(invocation);
        }

        private static ThrowExpressionSyntax Throw(string key) =>
            (ThrowExpressionSyntax)SyntaxFactory.ParseExpression(
                "throw new global::System.InvalidOperationException(" + SymbolDisplay.FormatLiteral("Configuration value '" + key + "' is missing.", quote: true) + ")")
                .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
    }
}
