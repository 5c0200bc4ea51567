using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.Declarations;
using ParityKit.Analyzers.Manifest.Models;
using ParityKit.Analyzers.Seeds.Models;

namespace ParityKit.Analyzers.Manifest
{
    /// <summary>Turns the compilation's declarations into the deterministic <see cref="ManifestModel"/>.</summary>
    internal static class ManifestModelBuilder
    {
        /// <returns><see langword="null"/> when ParityKit.Annotations is not referenced: no declarations can exist, nothing is emitted.</returns>
        public static ManifestModel? Build(
            DeclarationSet declarations,
            BrowserDeclarationSet browser,
            EquatableArray<FeatureFlagEntry> featureFlags,
            CompilationFacts facts,
            string? rootNamespace,
            DatabaseManifest? database = null,
            ConfigurationFacts? configuration = null,
            EquatableArray<SeedManifestEntry>? seeds = null)
        {
            if (!facts.ReferencesAnnotations)
            {
                return null;
            }

            ImmutableArray<SettingDeclaration> settings = declarations.Settings.AsImmutableArray();
            ImmutableArray<SecretDeclaration> secrets = declarations.Secrets.AsImmutableArray();
            ImmutableArray<ThirdPartyApiDeclaration> apis = declarations.ThirdPartyApis.AsImmutableArray();

            // The analyzer reports these repeats (PK9002); the manifest keeps the declaration each one repeats.
            var repeated = new HashSet<DeclarationRef>(DuplicateDetector.Find(settings, secrets, apis).Select(r => r.Declaration));

            string appName = declarations.Apps.IsEmpty ? facts.AssemblyName : declarations.Apps[0].Name;
            (EquatableArray<ManifestSetting> listedSettings, EquatableArray<ManifestSecret> listedSecrets) = ManifestKeys.Build(
                KeepSorted(settings, DeclarationKind.Setting, repeated, s => s.Key),
                KeepSorted(secrets, DeclarationKind.Secret, repeated, s => s.Key),
                configuration?.Reads ?? EquatableArray<ReadSite>.Empty,
                configuration?.AppSettings ?? EquatableArray<Settings.AppSettingsEntry>.Empty,
                configuration?.ProjectDirectory);
            return new ManifestModel(
                Identifiers.ToNamespace(rootNamespace, facts.AssemblyName),
                appName.Length > 0 ? appName : "app",
                facts.AssemblyName,
                facts.ReferencesConfiguration,
                listedSettings,
                listedSecrets,
                KeepSorted(apis, DeclarationKind.ThirdPartyApi, repeated, a => a.Name),
                featureFlags,
                BrowserSectionBuilder.Build(browser),
                database,
                seeds ?? EquatableArray<SeedManifestEntry>.Empty);
        }

        private static EquatableArray<T> KeepSorted<T>(
            ImmutableArray<T> declarations,
            DeclarationKind kind,
            HashSet<DeclarationRef> repeated,
            Func<T, string> sortKey)
            where T : IEquatable<T> =>
            declarations
                .Where((_, index) => !repeated.Contains(new DeclarationRef(kind, index)))
                .OrderBy(sortKey, StringComparer.Ordinal)
                .ToEquatableArray();
    }
}
