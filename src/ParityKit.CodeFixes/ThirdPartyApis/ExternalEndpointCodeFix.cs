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
    /// PK2002 fix, "Move to configuration and declare [ThirdPartyApi]": the base URL (scheme, host, port) becomes a read
    /// of <c>Name:BaseUrl</c>, the path stays, and the API is declared with its live URL; the sandbox tier, if the
    /// vendor has one, is for a person to add.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ExternalEndpointCodeFix))]
    [Shared]
    public sealed class ExternalEndpointCodeFix : DeclaringCodeFix
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.HardCodedExternalEndpoint);

        // Per API: Fix All applies one API's fix everywhere, never a mix.
        internal override string? EquivalenceKey(Diagnostic diagnostic) =>
            EndpointLiteral.GetProperty(diagnostic, ExternalEndpointAnalyzer.ApiNameProperty) is string name ? RuleIds.HardCodedExternalEndpoint + ":" + name : null;

        internal override PlanFix BeginProject(Compilation compilation, Solution solution, CancellationToken cancellationToken) => Plan;

        private static PlannedFix? Plan(SyntaxNode root, Diagnostic diagnostic)
        {
            string? name = EndpointLiteral.GetProperty(diagnostic, ExternalEndpointAnalyzer.ApiNameProperty);
            string? configKey = EndpointLiteral.GetProperty(diagnostic, ExternalEndpointAnalyzer.ConfigKeyProperty);
            string? live = EndpointLiteral.GetProperty(diagnostic, ExternalEndpointAnalyzer.LiveProperty);
            if (name == null || configKey == null || live == null || EndpointLiteral.TryCreate(root, diagnostic) is not EndpointLiteral literal)
            {
                return null;
            }

            return PlannedFix.MoveToConfiguration(
                "Move to configuration and declare [ThirdPartyApi(\"" + name + "\")]",
                literal,
                configKey,
                DeclarationToAdd.ThirdPartyApi(name, configKey, live, sandbox: null));
        }
    }
}
