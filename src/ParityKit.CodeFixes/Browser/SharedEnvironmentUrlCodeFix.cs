using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using ParityKit.Analyzers.Diagnostics;
using ParityKit.CodeFixes.Common;

namespace ParityKit.CodeFixes.Browser
{
    /// <summary>
    /// PK5001 fix, "Read the base URL from the base-URL setting": the shared environment's <c>scheme://host[:port]</c> in
    /// the literal becomes a read of the declared <c>[BaseUrlSetting]</c> key (through an <c>IConfiguration</c> in scope,
    /// else the environment variable), the path after it is kept, and a project without the declaration gets one.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SharedEnvironmentUrlCodeFix))]
    [Shared]
    public sealed class SharedEnvironmentUrlCodeFix : CodeFixProvider
    {
        private const string EquivalenceKey = RuleIds.HardCodedSharedEnvironmentUrl;

        // Fix All through the same path as a single fix: the base-URL setting is declared once per project.
        private static readonly FixAllProvider FixAll = new BatchFixAllProvider(
            diagnostic => SharedEnvironmentUrlFixer.IsFixable(diagnostic) ? EquivalenceKey : null,
            _ => "Read the base URL from the base-URL setting",
            (solution, invokedIn, diagnostics, cancellationToken) => SharedEnvironmentUrlFixer.FixAsync(solution, invokedIn, diagnostics, cancellationToken));

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.HardCodedSharedEnvironmentUrl);

        public override FixAllProvider GetFixAllProvider() => FixAll;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            Compilation? compilation = await context.Document.Project.GetCompilationAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null || compilation == null)
            {
                return;
            }

            BaseUrlKey key = BaseUrlKey.Of(compilation);
            if (key.Key == null)
            {
                return;
            }

            string title = key.MustDeclare
                ? "Read the base URL from '" + key.Key + "' and declare it with [BaseUrlSetting]"
                : "Read the base URL from the base-URL setting '" + key.Key + "'";
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (!SharedEnvironmentUrlFixer.IsFixable(diagnostic)
                    || !await EndpointLiteralFixer.CanFixAsync(context.Document, root, diagnostic, context.CancellationToken).ConfigureAwait(false))
                {
                    continue;
                }

                Document document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        title,
                        cancellationToken => SharedEnvironmentUrlFixer.FixAsync(document.Project.Solution, document.Id, new[] { diagnostic }, cancellationToken),
                        EquivalenceKey),
                    diagnostic);
            }
        }
    }
}
