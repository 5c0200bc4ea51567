using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.Declarations;
using ParityKit.Analyzers.Seeds.Models;

namespace ParityKit.Analyzers.Manifest.Models
{
    /// <summary>
    /// Everything the emitted <c>ParityManifest.g.cs</c> is made from: duplicates dropped, entries sorted by key (or
    /// name) in ordinal order, so equal facts make an equal model and the output is not regenerated. Settings and
    /// secrets include keys the code reads without declaring them (<see cref="ManifestSetting.IsDeclared"/> false).
    /// <see cref="Namespace"/> is already a valid C# namespace; <see cref="AppName"/> is the declared app name or else
    /// the assembly name. <see cref="FeatureFlags"/> comes sorted and merged from the flag steps. <see cref="Database"/>
    /// is the schema the EF Core migrations produce (null without migrations); <see cref="Seeds"/> the exportable
    /// seed baselines, sorted by name.
    /// </summary>
    internal sealed record ManifestModel(
        string Namespace,
        string AppName,
        string AssemblyName,
        bool ReferencesConfiguration,
        EquatableArray<ManifestSetting> Settings,
        EquatableArray<ManifestSecret> Secrets,
        EquatableArray<ThirdPartyApiDeclaration> ThirdPartyApis,
        EquatableArray<FeatureFlagEntry> FeatureFlags,
        BrowserSection Browser,
        DatabaseManifest? Database = null,
        EquatableArray<SeedManifestEntry>? Seeds = null)
    {
        /// <summary>The exportable seed baselines, sorted by name (none when the project has no seeds).</summary>
        public EquatableArray<SeedManifestEntry> Seeds { get; init; } = Seeds ?? EquatableArray<SeedManifestEntry>.Empty;
    }
}
