using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.Declarations;
using ParityKit.Analyzers.Diagnostics;
using ParityKit.Analyzers.Settings;

namespace ParityKit.Analyzers.ThirdPartyApis
{
    /// <summary>
    /// PK2002: an absolute http(s) URL to an external host passed to <c>new Uri(...)</c>, <c>new HttpRequestMessage(...)</c>
    /// or an <c>HttpClient</c> request method (including the System.Net.Http.Json extensions), in app code, when no
    /// <c>[ThirdPartyApi]</c> declares the host as a tier. Sandbox hosts are left to PK2001.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ExternalEndpointAnalyzer : DiagnosticAnalyzer
    {
        // Diagnostic properties for the code fix (with EndpointProperties.BaseStart/BaseEnd, where the base URL — scheme,
        // host, port — sits in the literal's value; absent when the URL is not a literal here).
        internal const string ApiNameProperty = "ApiName";
        internal const string ConfigKeyProperty = "ConfigKey";
        internal const string LiveProperty = "Live";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HardCodedExternalEndpoint);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(static start =>
            {
                if (ParityKitOptions.ShouldSkipProject(start.Compilation, start.Options.AnalyzerConfigOptionsProvider))
                {
                    return;
                }

                var analysis = new CompilationAnalysis(start.Compilation, start.Options.AnalyzerConfigOptionsProvider);
                start.RegisterOperationAction(analysis.AnalyzeCreation, OperationKind.ObjectCreation);
                start.RegisterOperationAction(analysis.AnalyzeInvocation, OperationKind.Invocation);
            });
        }

        private sealed class CompilationAnalysis
        {
            private readonly Lazy<HashSet<string>> _declaredHosts;
            private readonly SandboxHostLookup _sandboxHosts;

            public CompilationAnalysis(Compilation compilation, AnalyzerConfigOptionsProvider options)
            {
                _declaredHosts = new Lazy<HashSet<string>>(() => ReadDeclaredHosts(compilation));
                _sandboxHosts = new SandboxHostLookup(options);
            }

            public void AnalyzeCreation(OperationAnalysisContext context)
            {
                var creation = (IObjectCreationOperation)context.Operation;
                INamedTypeSymbol? type = creation.Constructor?.ContainingType;
                string? parameter = TypeNames.Is(type, "System", "Uri") ? "uriString"
                    : TypeNames.Is(type, "System.Net.Http", "HttpRequestMessage") ? "requestUri"
                    : null;
                if (parameter != null)
                {
                    Check(context, creation.Arguments, parameter);
                }
            }

            public void AnalyzeInvocation(OperationAnalysisContext context)
            {
                var invocation = (IInvocationOperation)context.Operation;
                INamedTypeSymbol? type = invocation.TargetMethod.ContainingType;
                if (TypeNames.Is(type, "System.Net.Http", "HttpClient") || TypeNames.Is(type, "System.Net.Http.Json", "HttpClientJsonExtensions"))
                {
                    Check(context, invocation.Arguments, "requestUri");
                }
            }

            private void Check(OperationAnalysisContext context, ImmutableArray<IArgumentOperation> arguments, string parameterName)
            {
                foreach (IArgumentOperation argument in arguments)
                {
                    if (argument.Parameter?.Name == parameterName
                        && argument.Parameter.Type.SpecialType == SpecialType.System_String
                        && argument.ArgumentKind == ArgumentKind.Explicit)
                    {
                        CheckUrl(context, argument.Value);
                    }
                }
            }

            private void CheckUrl(OperationAnalysisContext context, IOperation value)
            {
                while (value is IConversionOperation conversion)
                {
                    value = conversion.Operand;
                }

                UrlText? url = ReadUrl(value);
                if (url == null || (url.Scheme != "https" && url.Scheme != "http")
                    || !ExternalHost.IsExternal(url.Host)
                    || _declaredHosts.Value.Contains(url.Host.TrimEnd('.'))
                    || _sandboxHosts.TryMatch(url, value.Syntax.SyntaxTree, out _))
                {
                    return;
                }

                string host = url.Host.ToLowerInvariant();
                string apiName = SandboxHostOptions.NameAfter(host);
                string port = url.Text.Substring(url.HostEnd, url.AuthorityEnd - url.HostEnd);

                // Scheme, host and port only: credentials before the host (user:password@) are never repeated.
                string baseUrl = url.Scheme + "://" + host + port;
                ImmutableDictionary<string, string?>.Builder properties = ImmutableDictionary.CreateBuilder<string, string?>();
                properties[ApiNameProperty] = apiName;
                properties[ConfigKeyProperty] = SandboxHostOptions.ToPascalCase(apiName) + ":BaseUrl";
                properties[LiveProperty] = baseUrl;
                if (value.Syntax is LiteralExpressionSyntax or InterpolatedStringExpressionSyntax)
                {
                    properties[EndpointProperties.BaseStart] = url.Start.ToString(CultureInfo.InvariantCulture);
                    properties[EndpointProperties.BaseEnd] = url.AuthorityEnd.ToString(CultureInfo.InvariantCulture);
                }

                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.HardCodedExternalEndpoint,
                    value.Syntax.GetLocation(),
                    properties.ToImmutable(),
                    baseUrl,
                    host));
            }

            /// <summary>A constant URL, or the start of an interpolated one when it names the whole host.</summary>
            private static UrlText? ReadUrl(IOperation value)
            {
                if (value.ConstantValue is { HasValue: true, Value: string text })
                {
                    return UrlText.TryParse(text, out UrlText? url) ? url : null;
                }

                return value is IInterpolatedStringOperation { Parts.Length: > 0 } interpolated
                    && interpolated.Parts[0] is IInterpolatedStringTextOperation { Text.ConstantValue.Value: string first }
                    && UrlText.TryParsePrefix(first, out UrlText? prefix)
                    ? prefix
                    : null;
            }

            private static HashSet<string> ReadDeclaredHosts(Compilation compilation)
            {
                var hosts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                INamedTypeSymbol? api = compilation.GetTypeByMetadataName(MetadataNames.ThirdPartyApiAttribute);
                if (api == null)
                {
                    return hosts;
                }

                foreach (AttributeData attribute in compilation.Assembly.GetAttributes())
                {
                    if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, api)
                        && DeclarationReader.ReadThirdPartyApi(attribute).Declaration is { } declaration)
                    {
                        AddHost(hosts, declaration.Live);
                        AddHost(hosts, declaration.Sandbox);
                    }
                }

                return hosts;
            }

            private static void AddHost(HashSet<string> hosts, string? url)
            {
                if (UrlText.TryParse(url, out UrlText? parsed))
                {
                    hosts.Add(parsed.Host.TrimEnd('.'));
                }
            }
        }
    }
}
