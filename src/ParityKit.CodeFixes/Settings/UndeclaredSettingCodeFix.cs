using System.Collections.Immutable;
using System.Composition;
using System.Threading;
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

        internal override string? EquivalenceKey(Diagnostic diagnostic) => RuleIds.UndeclaredSetting;

        internal override PlanFix BeginProject(Compilation compilation, Solution solution, CancellationToken cancellationToken) => Plan;

        private static PlannedFix? Plan(SyntaxNode root, Diagnostic diagnostic)
        {
            if (EndpointLiteral.GetProperty(diagnostic, ConfigurationReadAnalyzer.KeyProperty) is not string key)
            {
                return null;
            }

            DeclarationToAdd declaration = DeclarationToAdd.Key(key, isSecret: EndpointLiteral.GetProperty(diagnostic, ConfigurationReadAnalyzer.IsSecretProperty) == "true");
            return PlannedFix.Declare("Declare " + declaration.Display(), declaration);
        }
    }
}
