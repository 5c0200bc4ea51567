using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using ParityKit.Analyzers.Diagnostics;
using ParityKit.Analyzers.ThirdPartyApis;
using ParityKit.CodeFixes.Common;

namespace ParityKit.CodeFixes.ThirdPartyApis
{
    /// <summary>
    /// PK2001 fix, "Move to configuration and declare [ThirdPartyApi]": the sandbox base URL in the literal becomes a
    /// read of the API's config key (through an <c>IConfiguration</c> in scope, else the environment variable), the rest
    /// of the literal is kept, and the API is declared once per project so every environment gets the right tier.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SandboxEndpointCodeFix))]
    [Shared]
    public sealed class SandboxEndpointCodeFix : CodeFixProvider
    {
        // Fix All per API, through the same path as a single fix: each API is declared once per project.
        private static readonly FixAllProvider FixAll = new BatchFixAllProvider(
            diagnostic => EndpointLiteral.GetProperty(diagnostic, SandboxEndpointAnalyzer.ApiNameProperty) is string name ? EquivalenceKey(name) : null,
            diagnostic => Title(EndpointLiteral.GetProperty(diagnostic, SandboxEndpointAnalyzer.ApiNameProperty)!),
            (solution, invokedIn, diagnostics, cancellationToken) => SandboxEndpointFixer.FixAsync(solution, invokedIn, diagnostics, cancellationToken));

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.HardCodedSandboxEndpoint);

        public override FixAllProvider GetFixAllProvider() => FixAll;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                string? apiName = EndpointLiteral.GetProperty(diagnostic, SandboxEndpointAnalyzer.ApiNameProperty);
                if (apiName == null
                    || !SandboxEndpointFixer.HoldsBaseUrl(diagnostic)
                    || !await EndpointLiteralFixer.CanFixAsync(context.Document, root, diagnostic, context.CancellationToken).ConfigureAwait(false))
                {
                    continue;
                }

                Document document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        Title(apiName),
                        cancellationToken => SandboxEndpointFixer.FixAsync(document.Project.Solution, document.Id, new[] { diagnostic }, cancellationToken),
                        EquivalenceKey(apiName)),
                    diagnostic);
            }
        }

        private static string Title(string apiName) => "Move to configuration and declare [ThirdPartyApi(\"" + apiName + "\")]";

        // Per API: Fix All applies one API's fix everywhere, never a mix.
        private static string EquivalenceKey(string apiName) => RuleIds.HardCodedSandboxEndpoint + ":" + apiName;

    }
}
