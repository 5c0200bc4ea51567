using System;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ParityKit.Analyzers.Diagnostics;
using ParityKit.Analyzers.ThirdPartyApis;
using ParityKit.CodeFixes.Common;

namespace ParityKit.CodeFixes.ThirdPartyApis
{
    /// <summary>
    /// PK2001 fix, "Move to configuration and declare [ThirdPartyApi]": the sandbox base URL in the literal becomes a
    /// read of the API's config key (through an <c>IConfiguration</c> in scope, else the environment variable), the rest
    /// of the literal is kept, and the API is declared once per project so every environment gets the right tier. An
    /// API the project declares already (same name, or same sandbox or live host) keeps its declaration and config key.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SandboxEndpointCodeFix))]
    [Shared]
    public sealed class SandboxEndpointCodeFix : DeclaringCodeFix
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.HardCodedSandboxEndpoint);

        // Per API: Fix All applies one API's fix everywhere, never a mix.
        internal override string? EquivalenceKey(Diagnostic diagnostic) =>
            EndpointLiteral.GetProperty(diagnostic, SandboxEndpointAnalyzer.ApiNameProperty) is string name ? RuleIds.HardCodedSandboxEndpoint + ":" + name : null;

        internal override PlanFix BeginProject(Compilation compilation, Solution solution, CancellationToken cancellationToken)
        {
            ThirdPartyApiDeclarations declared = ThirdPartyApiDeclarations.Read(compilation);
            return (root, diagnostic) =>
            {
                if (ApiToDeclare.From(diagnostic) is not ApiToDeclare api
                    || !HoldsBaseUrl(api)
                    || EndpointLiteral.TryCreate(root, diagnostic) is not EndpointLiteral literal)
                {
                    return null;
                }

                string title = "Move to configuration and declare [ThirdPartyApi(\"" + api.Name + "\")]";
                if (declared.TryFind(api, out string? configKey))
                {
                    return PlannedFix.MoveToConfiguration(title, literal, configKey ?? api.ConfigKey);
                }

                // A live endpoint with a placeholder ("{prefix}-checkout-live…") is the user's to fill in, not ours to declare.
                string? live = api.Live != null && api.Live.IndexOf('{') < 0 ? api.Live : null;
                return PlannedFix.MoveToConfiguration(title, literal, api.ConfigKey, DeclarationToAdd.ThirdPartyApi(api.Name, api.ConfigKey, live, api.Sandbox));
            };
        }

        /// <summary>
        /// Whether the diagnostic's literal holds a base URL the fix can move: a bare host ("api.sandbox.paypal.com") is
        /// not one, since configuration would hold a different kind of value.
        /// </summary>
        private static bool HoldsBaseUrl(ApiToDeclare api) => api.Sandbox.IndexOf("://", StringComparison.Ordinal) >= 0;
    }
}
