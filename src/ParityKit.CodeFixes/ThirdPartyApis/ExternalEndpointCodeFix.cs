using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ParityKit.Analyzers.Diagnostics;
using ParityKit.Analyzers.ThirdPartyApis;
using ParityKit.CodeFixes.Common;
using ParityKit.CodeFixes.Settings;

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

        internal override Task<PlannedFix?> PlanAsync(Document document, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            string? name = EndpointLiteral.GetProperty(diagnostic, ExternalEndpointAnalyzer.ApiNameProperty);
            string? configKey = EndpointLiteral.GetProperty(diagnostic, ExternalEndpointAnalyzer.ConfigKeyProperty);
            string? live = EndpointLiteral.GetProperty(diagnostic, ExternalEndpointAnalyzer.LiveProperty);
            EndpointLiteral? literal = name != null && configKey != null && live != null
                && int.TryParse(EndpointLiteral.GetProperty(diagnostic, ExternalEndpointAnalyzer.BaseStartProperty), NumberStyles.None, CultureInfo.InvariantCulture, out int start)
                && int.TryParse(EndpointLiteral.GetProperty(diagnostic, ExternalEndpointAnalyzer.BaseEndProperty), NumberStyles.None, CultureInfo.InvariantCulture, out int end)
                    ? EndpointLiteral.TryCreate(root, diagnostic.Location.SourceSpan, start, end)
                    : null;
            if (literal == null || EndpointLiteral.GetConstantContext(literal.Node, out _) == ConstantContext.Required)
            {
                return Task.FromResult<PlannedFix?>(null);
            }

            return Task.FromResult<PlannedFix?>(new PlannedFix(
                "Move to configuration and declare [ThirdPartyApi(\"" + name + "\")]",
                RuleIds.HardCodedExternalEndpoint + ":" + name,
                literal,
                configKey,
                new[] { DeclarationText.ForApi(name!, configKey!, live!) }));
        }
    }
}
