using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.Diagnostics;
using ParityKit.Analyzers.Json;
using ParityKit.Analyzers.ThirdPartyApis;

namespace ParityKit.Analyzers.Browser
{
    /// <summary>
    /// PK5001: a URL of the app's own shared environment (<c>https://staging.myapp.com</c>,
    /// <c>https://myapp-staging.azurewebsites.net</c>) in a C# string or in an <c>appsettings*.json</c> value. Previews get
    /// a unique URL; code that names the shared one sends their users, redirects and links back to it.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SharedEnvironmentUrlAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>The declared base-URL setting's key; absent when the project declares none (the fix adds one).</summary>
        internal const string BaseUrlSettingProperty = "BaseUrlSetting";

        /// <summary>Present when the literal's base is an http(s) URL the fix can replace with the base-URL setting.</summary>
        internal const string FixableProperty = "Fixable";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.HardCodedSharedEnvironmentUrl);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        private static void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            // Test code points at shared environments on purpose (smoke tests, contract tests).
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
            context.RegisterAdditionalFileAction(analysis.AnalyzeSettingsFile);
        }

        /// <summary>What is resolved once per compilation: options, the declarations, the ThirdPartyApi attribute.</summary>
        private sealed class CompilationAnalysis
        {
            private readonly Compilation _compilation;
            private readonly INamedTypeSymbol? _thirdPartyApiAttribute;
            private readonly TreeOptionCache<SharedEnvironmentLabels> _labels;
            private readonly TreeOptionCache<SharedEnvironmentHostList> _hosts;
            private readonly TreeOptionCache<SandboxHostOptions> _sandboxHosts;
            private readonly Lazy<DeclaredBrowserState> _declared;

            public CompilationAnalysis(Compilation compilation, AnalyzerConfigOptionsProvider options)
            {
                _compilation = compilation;
                _thirdPartyApiAttribute = compilation.GetTypeByMetadataName(MetadataNames.ThirdPartyApiAttribute);
                _labels = new TreeOptionCache<SharedEnvironmentLabels>(options, ParityKitOptions.SharedEnvironmentLabels, SharedEnvironmentLabels.Parse);
                _hosts = new TreeOptionCache<SharedEnvironmentHostList>(options, ParityKitOptions.SharedEnvironmentHosts, SharedEnvironmentHostList.Parse);
                _sandboxHosts = new TreeOptionCache<SandboxHostOptions>(options, ParityKitOptions.SandboxHosts, SandboxHostOptions.Parse);
                _declared = new Lazy<DeclaredBrowserState>(() => DeclaredBrowserState.Read(_compilation), LazyThreadSafetyMode.ExecutionAndPublication);
            }

            public void AnalyzeString(SyntaxNodeAnalysisContext context)
            {
                SyntaxTree tree = context.Node.SyntaxTree;
                if (!StringLiteralUrl.TryRead(context.Node, out UrlText? url)
                    || url.Scheme == null
                    || Match(url, _labels.For(tree), _hosts.For(tree), _sandboxHosts.For(tree)) is not string environment
                    || AttributeArgument.IsArgumentOf(context.Node, context.SemanticModel, _thirdPartyApiAttribute, context.CancellationToken))
                {
                    return;
                }

                string? baseUrlSetting = _declared.Value.BaseUrlSetting;
                ImmutableDictionary<string, string?>.Builder properties = ImmutableDictionary.CreateBuilder<string, string?>();
                properties[EndpointProperties.BaseStart] = url.Start.ToString(CultureInfo.InvariantCulture);
                properties[EndpointProperties.BaseEnd] = url.AuthorityEnd.ToString(CultureInfo.InvariantCulture);
                properties[BaseUrlSettingProperty] = baseUrlSetting;
                if (url.Scheme is "https" or "http")
                {
                    properties[FixableProperty] = "true";
                }

                string remedy = baseUrlSetting != null
                    ? "read it from the base-URL setting '" + baseUrlSetting + "'"
                    : "read it from a setting declared with [assembly: BaseUrlSetting]";
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.HardCodedSharedEnvironmentUrl,
                    context.Node.GetLocation(),
                    properties.ToImmutable(),
                    url.Text.Substring(url.Start, url.AuthorityEnd - url.Start),
                    environment,
                    remedy));
            }

            /// <summary>
            /// appsettings.json and the files of environments that are not shared ones (appsettings.Production.json,
            /// appsettings.Development.json): a shared environment's own file (appsettings.Staging.json) may name it.
            /// </summary>
            public void AnalyzeSettingsFile(AdditionalFileAnalysisContext context)
            {
                AdditionalText file = context.AdditionalFile;
                SharedEnvironmentLabels labels = _labels.For(file);
                if (!AppSettingsFile.TryGetEnvironment(file.Path, out string environment) || labels.IsEnvironmentName(environment)
                    || file.GetText(context.CancellationToken) is not SourceText text
                    || JsonReader.Parse(text.ToString()).Root is not JsonValue root)
                {
                    return;
                }

                var scan = new SettingsScan(this, context, text, labels, _hosts.For(file), _sandboxHosts.For(file));
                scan.Visit(root, depth: 0);
            }

            /// <summary>The shared environment <paramref name="url"/> points at, unless it is a vendor's or a declared third party's.</summary>
            public string? Match(UrlText url, SharedEnvironmentLabels labels, SharedEnvironmentHostList hosts, SandboxHostOptions sandboxHosts)
            {
                string? environment = hosts.Match(url.Host) is string host ? "'" + host + "' in " + ParityKitOptions.SharedEnvironmentHosts : labels.Match(url.Host);
                if (environment == null)
                {
                    return null;
                }

                // A vendor's sandbox is PK2001's; a declared third-party API's host is not the app's own.
                return VendorCatalog.Embedded.TryMatch(url, out _) || sandboxHosts.TryMatch(url, out _) || _declared.Value.IsThirdPartyHost(url.Host)
                    ? null
                    : environment;
            }

            public string? DeclaredBaseUrlSetting => _declared.Value.BaseUrlSetting;
        }

        /// <summary>Walks one settings file and reports every string value that is a shared-environment URL, at its line.</summary>
        private sealed class SettingsScan
        {
            private readonly CompilationAnalysis _analysis;
            private readonly AdditionalFileAnalysisContext _context;
            private readonly SourceText _text;
            private readonly SharedEnvironmentLabels _labels;
            private readonly SharedEnvironmentHostList _hosts;
            private readonly SandboxHostOptions _sandboxHosts;

            public SettingsScan(
                CompilationAnalysis analysis,
                AdditionalFileAnalysisContext context,
                SourceText text,
                SharedEnvironmentLabels labels,
                SharedEnvironmentHostList hosts,
                SandboxHostOptions sandboxHosts)
            {
                _analysis = analysis;
                _context = context;
                _text = text;
                _labels = labels;
                _hosts = hosts;
                _sandboxHosts = sandboxHosts;
            }

            public void Visit(JsonValue value, int depth)
            {
                switch (value)
                {
                    case JsonObject obj:
                        foreach (JsonProperty property in obj.Properties)
                        {
                            if (depth == 0 && property.Value is JsonString allowed
                                && string.Equals(property.Name.Value, "AllowedHosts", StringComparison.OrdinalIgnoreCase))
                            {
                                CheckAllowedHosts(allowed);
                            }
                            else
                            {
                                Visit(property.Value, depth + 1);
                            }
                        }

                        break;
                    case JsonArray array:
                        foreach (JsonValue item in array.Items)
                        {
                            Visit(item, depth + 1);
                        }

                        break;
                    case JsonString text when text.Value.IndexOf('.') >= 0:
                        if (UrlText.TryParse(text.Value, out UrlText? url) && url.Scheme != null
                            && _analysis.Match(url, _labels, _hosts, _sandboxHosts) is string environment)
                        {
                            Report(text, url.Text.Substring(url.Start, url.AuthorityEnd - url.Start), environment);
                        }

                        break;
                }
            }

            /// <summary>ASP.NET Core's host filtering list: a shared environment's host there turns every preview request away.</summary>
            private void CheckAllowedHosts(JsonString value)
            {
                foreach (string entry in value.Value.Split(';'))
                {
                    string host = entry.Trim();
                    if (host.IndexOf('.') >= 0 && UrlText.TryParse("https://" + host, out UrlText? url)
                        && _analysis.Match(url, _labels, _hosts, _sandboxHosts) is string environment)
                    {
                        Report(value, host, environment);
                        return;
                    }
                }
            }

            private void Report(JsonString value, string written, string environment)
            {
                _context.CancellationToken.ThrowIfCancellationRequested();
                string? setting = _analysis.DeclaredBaseUrlSetting;
                string remedy = setting != null
                    ? "leave it to each environment: a provisioner sets the base-URL setting '" + setting + "' to the preview's URL"
                    : "leave it to each environment through a setting declared with [assembly: BaseUrlSetting], which a provisioner fills with the preview's URL";
                _context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.HardCodedSharedEnvironmentUrl,
                    AdditionalFileLocation.Create(_context.AdditionalFile, _text, value.Start.Offset, value.Length),
                    written,
                    environment,
                    remedy));
            }
        }
    }
}
