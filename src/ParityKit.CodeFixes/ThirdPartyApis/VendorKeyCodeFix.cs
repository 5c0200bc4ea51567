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
    /// PK2003 fix, "Move to a declared secret": the key in the literal becomes a read of <c>Vendor:ApiKey</c> (through
    /// an <c>IConfiguration</c> in scope, else the environment variable; a missing value throws), the rest of the
    /// literal stays, and the key is declared with <c>[assembly: RequiresSecret]</c> (<c>RequiresSetting</c> for a
    /// publishable key). The key's value goes nowhere: it has to be rotated and put in the secret store by hand.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(VendorKeyCodeFix))]
    [Shared]
    public sealed class VendorKeyCodeFix : DeclaringCodeFix
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.VendorKeyInCode);

        internal override Task<PlannedFix?> PlanAsync(Document document, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            string? configKey = EndpointLiteral.GetProperty(diagnostic, VendorKeyAnalyzer.ConfigKeyProperty);
            bool isSecret = EndpointLiteral.GetProperty(diagnostic, VendorKeyAnalyzer.IsSecretProperty) != "false";
            EndpointLiteral? literal = configKey != null
                && int.TryParse(EndpointLiteral.GetProperty(diagnostic, VendorKeyAnalyzer.KeyStartProperty), NumberStyles.None, CultureInfo.InvariantCulture, out int start)
                && int.TryParse(EndpointLiteral.GetProperty(diagnostic, VendorKeyAnalyzer.KeyEndProperty), NumberStyles.None, CultureInfo.InvariantCulture, out int end)
                    ? EndpointLiteral.TryCreate(root, diagnostic.Location.SourceSpan, start, end)
                    : null;
            if (literal == null || EndpointLiteral.GetConstantContext(literal.Node, out _) == ConstantContext.Required)
            {
                return Task.FromResult<PlannedFix?>(null);
            }

            return Task.FromResult<PlannedFix?>(new PlannedFix(
                "Move to a declared " + (isSecret ? "secret" : "setting") + " '" + configKey + "'",
                RuleIds.VendorKeyInCode + ":" + configKey,
                literal,
                configKey,
                new[] { DeclarationText.ForKey(configKey!, isSecret) }));
        }
    }
}
