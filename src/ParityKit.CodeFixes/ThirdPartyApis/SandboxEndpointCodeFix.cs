using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using ParityKit.Analyzers.Diagnostics;
using ParityKit.Analyzers.ThirdPartyApis;

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
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.HardCodedSandboxEndpoint);

        public override FixAllProvider GetFixAllProvider() => FixAll.Instance;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                EndpointLiteral? literal = EndpointLiteral.TryCreate(root, diagnostic);
                string? apiName = EndpointLiteral.GetProperty(diagnostic, SandboxEndpointAnalyzer.ApiNameProperty);
                if (literal == null || apiName == null)
                {
                    continue;
                }

                if (literal.ConstDeclaration != null)
                {
                    SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
                    if (model == null || !await SandboxEndpointFixer.CanRemoveConstAsync(context.Document.Project.Solution, model, literal, context.CancellationToken).ConfigureAwait(false))
                    {
                        continue;
                    }
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

        /// <summary>
        /// Fix All through the same path as a single fix, so declarations are added once per project however many
        /// literals are fixed (a batch of independent single fixes would each add one).
        /// </summary>
        private sealed class FixAll : FixAllProvider
        {
            public static readonly FixAll Instance = new();

            public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
                new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

            public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
            {
                IEnumerable<Document> documents = fixAllContext.Scope switch
                {
                    FixAllScope.Document when fixAllContext.Document != null => new[] { fixAllContext.Document },
                    FixAllScope.Project => fixAllContext.Project.Documents,
                    FixAllScope.Solution => fixAllContext.Solution.Projects.SelectMany(p => p.Documents),
                    _ => Enumerable.Empty<Document>(),
                };

                var diagnostics = new List<Diagnostic>();
                string? apiName = null;
                foreach (Document document in documents)
                {
                    foreach (Diagnostic diagnostic in await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false))
                    {
                        string? name = EndpointLiteral.GetProperty(diagnostic, SandboxEndpointAnalyzer.ApiNameProperty);
                        if (name != null && EquivalenceKey(name) == fixAllContext.CodeActionEquivalenceKey)
                        {
                            diagnostics.Add(diagnostic);
                            apiName = name;
                        }
                    }
                }

                return apiName == null
                    ? null
                    : CodeAction.Create(
                        Title(apiName),
                        cancellationToken => SandboxEndpointFixer.FixAsync(fixAllContext.Solution, fixAllContext.Document?.Id, diagnostics, cancellationToken),
                        fixAllContext.CodeActionEquivalenceKey);
            }
        }
    }
}
