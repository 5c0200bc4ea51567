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

        // Per key: Fix All moves one key's literals, never a mix.
        internal override string? EquivalenceKey(Diagnostic diagnostic) =>
            EndpointLiteral.GetProperty(diagnostic, VendorKeyAnalyzer.ConfigKeyProperty) is string configKey ? RuleIds.VendorKeyInCode + ":" + configKey : null;

        internal override PlanFix BeginProject(Compilation compilation, Solution solution, CancellationToken cancellationToken) => Plan;

        private static PlannedFix? Plan(SyntaxNode root, Diagnostic diagnostic)
        {
            string? configKey = EndpointLiteral.GetProperty(diagnostic, VendorKeyAnalyzer.ConfigKeyProperty);
            bool isSecret = EndpointLiteral.GetProperty(diagnostic, VendorKeyAnalyzer.IsSecretProperty) != "false";
            if (configKey == null
                || EndpointLiteral.TryCreate(root, diagnostic, VendorKeyAnalyzer.KeyStartProperty, VendorKeyAnalyzer.KeyEndProperty) is not EndpointLiteral literal)
            {
                return null;
            }

            return PlannedFix.MoveToConfiguration(
                "Move to a declared " + (isSecret ? "secret" : "setting") + " '" + configKey + "'",
                literal,
                configKey,
                DeclarationToAdd.Key(configKey, isSecret));
        }
    }
}
