using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.Diagnostics;

namespace ParityKit.Analyzers.ThirdPartyApis
{
    /// <summary>
    /// PK2001: a string literal that is a vendor's sandbox endpoint (from the vendor catalog or
    /// <c>paritykit.sandbox_hosts</c>), in app code. Such code validates against a contract production never sees.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SandboxEndpointAnalyzer : DiagnosticAnalyzer
    {
        // Diagnostic properties: everything the code fix needs, so it does not repeat the matching (with
        // EndpointProperties.BaseStart/BaseEnd, where the base URL sits in the literal).
        internal const string ApiNameProperty = "ApiName";
        internal const string ConfigKeyProperty = "ConfigKey";
        internal const string SandboxProperty = "Sandbox";
        internal const string LiveProperty = "Live";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.HardCodedSandboxEndpoint);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        private static void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            // Test code talks to sandboxes on purpose.
            if (ParityKitOptions.ShouldSkipProject(context.Compilation, context.Options.AnalyzerConfigOptionsProvider))
            {
                return;
            }

            var analysis = new CompilationAnalysis(context.Compilation, context.Options.AnalyzerConfigOptionsProvider);
            context.RegisterSyntaxNodeAction(
                analysis.AnalyzeString,
                SyntaxKind.StringLiteralExpression,
                SyntaxKind.Utf8StringLiteralExpression,
                SyntaxKind.InterpolatedStringExpression);
        }

        /// <summary>What is resolved once per compilation: the catalog, the attribute symbol and the configured sandbox hosts.</summary>
        private sealed class CompilationAnalysis
        {
            private readonly VendorCatalog _catalog = VendorCatalog.Embedded;
            private readonly INamedTypeSymbol? _thirdPartyApiAttribute;
            private readonly TreeOptionCache<SandboxHostOptions> _hosts;

            public CompilationAnalysis(Compilation compilation, AnalyzerConfigOptionsProvider options)
            {
                _thirdPartyApiAttribute = compilation.GetTypeByMetadataName(MetadataNames.ThirdPartyApiAttribute);
                _hosts = new TreeOptionCache<SandboxHostOptions>(options, ParityKitOptions.SandboxHosts, SandboxHostOptions.Parse);
            }

            public void AnalyzeString(SyntaxNodeAnalysisContext context)
            {
                if (StringLiteralUrl.TryRead(context.Node, out UrlText? url))
                {
                    Analyze(context, url);
                }
            }

            private void Analyze(SyntaxNodeAnalysisContext context, UrlText url)
            {
                if (!_catalog.TryMatch(url, out SandboxMatch? match)
                    && !_hosts.For(context.Node.SyntaxTree).TryMatch(url, out match))
                {
                    return;
                }

                // The sandbox named in a [ThirdPartyApi] declaration is the fix, not the problem.
                if (AttributeArgument.IsArgumentOf(context.Node, context.SemanticModel, _thirdPartyApiAttribute, context.CancellationToken))
                {
                    return;
                }

                ImmutableDictionary<string, string?>.Builder properties = ImmutableDictionary.CreateBuilder<string, string?>();
                properties[ApiNameProperty] = match.ApiName;
                properties[ConfigKeyProperty] = match.ConfigKey;
                properties[SandboxProperty] = match.SandboxBaseUrl;
                properties[LiveProperty] = match.LiveBaseUrl;
                properties[EndpointProperties.BaseStart] = match.BaseStart.ToString(CultureInfo.InvariantCulture);
                properties[EndpointProperties.BaseEnd] = match.BaseEnd.ToString(CultureInfo.InvariantCulture);

                string vendor = match.Vendor != null ? match.VendorName : match.VendorName + " (" + ParityKitOptions.SandboxHosts + ")";
                string live = match.LiveBaseUrl != null ? "'" + match.LiveBaseUrl + "'" : "the live endpoint configured per environment";
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.HardCodedSandboxEndpoint,
                    context.Node.GetLocation(),
                    properties.ToImmutable(),
                    match.WrittenBase,
                    vendor,
                    live));
            }
        }
    }
}
