using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ParityKit.Analyzers.Diagnostics;
using ParityKit.Analyzers.Settings;
using ParityKit.CodeFixes.Common;

namespace ParityKit.CodeFixes.Settings
{
    /// <summary>
    /// PK3001 fix: declares the key, as <c>[assembly: RequiresSecret]</c> when its name says secret (password, secret,
    /// token, API key, connection string, ...), else <c>[assembly: RequiresSetting]</c>. Fix All declares every key once.
    /// Section reads get no fix: which keys of the section the app needs is for a person to say.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UndeclaredSettingCodeFix))]
    [Shared]
    public sealed class UndeclaredSettingCodeFix : DeclaringCodeFix
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.UndeclaredSetting);

        internal override Task<PlannedFix?> PlanAsync(Document document, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            string? key = EndpointLiteral.GetProperty(diagnostic, ConfigurationReadAnalyzer.KeyProperty);
            if (key == null)
            {
                return Task.FromResult<PlannedFix?>(null);
            }

            bool isSecret = EndpointLiteral.GetProperty(diagnostic, ConfigurationReadAnalyzer.IsSecretProperty) == "true";
            string attribute = isSecret ? "RequiresSecret" : "RequiresSetting";
            return Task.FromResult<PlannedFix?>(new PlannedFix(
                "Declare [assembly: " + attribute + "(\"" + key + "\")]",
                RuleIds.UndeclaredSetting,
                literal: null,
                configKey: null,
                new[] { DeclarationText.ForKey(key, isSecret) }));
        }
    }
}
