using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ParityKit.Analyzers.Browser;
using ParityKit.Analyzers.Diagnostics;
using ParityKit.CodeFixes.Common;

namespace ParityKit.CodeFixes.Browser
{
    /// <summary>
    /// PK5001 fix, "Read the base URL from the base-URL setting": the shared environment's <c>scheme://host[:port]</c> in
    /// the literal becomes a read of the declared <c>[BaseUrlSetting]</c> key (through an <c>IConfiguration</c> in scope,
    /// else the environment variable), the path after it is kept, and a project without the declaration gets
    /// <c>[assembly: BaseUrlSetting("App:BaseUrl")]</c> once. A project whose <c>[BaseUrlSetting]</c> is malformed
    /// (PK9001) gets no fix: a second one would not compile, and its key cannot be read.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SharedEnvironmentUrlCodeFix))]
    [Shared]
    public sealed class SharedEnvironmentUrlCodeFix : DeclaringCodeFix
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.HardCodedSharedEnvironmentUrl);

        internal override string? EquivalenceKey(Diagnostic diagnostic) =>
            diagnostic.Properties.ContainsKey(SharedEnvironmentUrlAnalyzer.FixableProperty) ? RuleIds.HardCodedSharedEnvironmentUrl : null;

        internal override PlanFix BeginProject(Compilation compilation, Solution solution, CancellationToken cancellationToken)
        {
            BaseUrlKey key = BaseUrlKey.Of(compilation);
            if (key.Key is not string configKey)
            {
                return (_, _) => null;
            }

            string title = key.MustDeclare
                ? "Read the base URL from '" + configKey + "' and declare it with [BaseUrlSetting]"
                : "Read the base URL from the base-URL setting '" + configKey + "'";
            DeclarationToAdd[] declarations = key.MustDeclare ? new[] { DeclarationToAdd.BaseUrlSetting(configKey) } : System.Array.Empty<DeclarationToAdd>();
            return (root, diagnostic) =>
                EquivalenceKey(diagnostic) != null && EndpointLiteral.TryCreate(root, diagnostic) is EndpointLiteral literal
                    ? PlannedFix.MoveToConfiguration(title, literal, configKey, declarations)
                    : null;
        }
    }
}
