using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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
        // Diagnostic properties: everything the code fix needs, so it does not repeat the matching.
        internal const string ApiNameProperty = "ApiName";
        internal const string ConfigKeyProperty = "ConfigKey";
        internal const string SandboxProperty = "Sandbox";
        internal const string LiveProperty = "Live";

        /// <summary>Offsets of the base URL in the literal's value (or the interpolated string's first text part).</summary>
        internal const string BaseStartProperty = "BaseStart";
        internal const string BaseEndProperty = "BaseEnd";

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
            context.RegisterSyntaxNodeAction(analysis.AnalyzeLiteral, SyntaxKind.StringLiteralExpression, SyntaxKind.Utf8StringLiteralExpression);
            context.RegisterSyntaxNodeAction(analysis.AnalyzeInterpolatedString, SyntaxKind.InterpolatedStringExpression);
        }

        /// <summary>What is resolved once per compilation: the catalog, the attribute symbol and the configured sandbox hosts.</summary>
        private sealed class CompilationAnalysis
        {
            private static readonly Func<string, SandboxHostOptions> ParseHosts = SandboxHostOptions.Parse;

            private readonly VendorCatalog _catalog = VendorCatalog.Embedded;
            private readonly INamedTypeSymbol? _thirdPartyApiAttribute;
            private readonly AnalyzerConfigOptionsProvider _options;
            private readonly SandboxHostOptions _globalHosts;

            // Per-file values (an .editorconfig section) parsed once per distinct value, not per literal.
            private readonly ConcurrentDictionary<string, SandboxHostOptions> _hostsByValue = new(StringComparer.Ordinal);

            public CompilationAnalysis(Compilation compilation, AnalyzerConfigOptionsProvider options)
            {
                _thirdPartyApiAttribute = compilation.GetTypeByMetadataName(MetadataNames.ThirdPartyApiAttribute);
                _options = options;
                _globalHosts = SandboxHostOptions.Parse(ParityKitOptions.GetGlobal(options, ParityKitOptions.SandboxHosts));
            }

            public void AnalyzeLiteral(SyntaxNodeAnalysisContext context)
            {
                var literal = (LiteralExpressionSyntax)context.Node;
                string text = literal.Token.ValueText;

                // Cheap pre-filter: every host we look for has a dot.
                if (text.IndexOf('.') >= 0 && UrlText.TryParse(text, out UrlText? url))
                {
                    Analyze(context, url);
                }
            }

            public void AnalyzeInterpolatedString(SyntaxNodeAnalysisContext context)
            {
                var interpolated = (InterpolatedStringExpressionSyntax)context.Node;
                if (interpolated.Contents.Count == 0 || interpolated.Contents[0] is not InterpolatedStringTextSyntax first)
                {
                    return;
                }

                string text = first.TextToken.ValueText;
                if (text.IndexOf('.') < 0)
                {
                    return;
                }

                // With holes, only the leading text is known: it must start with the endpoint (and name its whole host).
                UrlText? url;
                bool parsed = interpolated.Contents.Count == 1 ? UrlText.TryParse(text, out url) : UrlText.TryParsePrefix(text, out url);
                if (parsed)
                {
                    Analyze(context, url!);
                }
            }

            private void Analyze(SyntaxNodeAnalysisContext context, UrlText url)
            {
                if (!_catalog.TryMatch(url, out SandboxMatch? match)
                    && !HostsFor(context.Node.SyntaxTree).TryMatch(url, out match))
                {
                    return;
                }

                // The sandbox named in a [ThirdPartyApi] declaration is the fix, not the problem.
                if (IsThirdPartyApiArgument(context.Node, context.SemanticModel, context.CancellationToken))
                {
                    return;
                }

                ImmutableDictionary<string, string?>.Builder properties = ImmutableDictionary.CreateBuilder<string, string?>();
                properties[ApiNameProperty] = match.ApiName;
                properties[ConfigKeyProperty] = match.ConfigKey;
                properties[SandboxProperty] = match.SandboxBaseUrl;
                properties[LiveProperty] = match.LiveBaseUrl;
                properties[BaseStartProperty] = match.BaseStart.ToString(CultureInfo.InvariantCulture);
                properties[BaseEndProperty] = match.BaseEnd.ToString(CultureInfo.InvariantCulture);

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

            private SandboxHostOptions HostsFor(SyntaxTree tree) =>
                _options.GetOptions(tree).TryGetValue(ParityKitOptions.SandboxHosts, out string? value)
                    ? _hostsByValue.GetOrAdd(value, ParseHosts)
                    : _globalHosts;

            private bool IsThirdPartyApiArgument(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
            {
                if (_thirdPartyApiAttribute == null)
                {
                    return false;
                }

                for (SyntaxNode? current = node.Parent; current != null; current = current.Parent)
                {
                    switch (current)
                    {
                        case AttributeSyntax attribute:
                            return model.GetSymbolInfo(attribute, cancellationToken).Symbol is IMethodSymbol constructor
                                && SymbolEqualityComparer.Default.Equals(constructor.ContainingType, _thirdPartyApiAttribute);
                        case StatementSyntax:
                        case MemberDeclarationSyntax:
                        case AnonymousFunctionExpressionSyntax:
                            return false;
                    }
                }

                return false;
            }
        }
    }
}
