using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.Declarations;
using ParityKit.Analyzers.Manifest.Models;
using ParityKit.Analyzers.Settings;

namespace ParityKit.Analyzers.Manifest
{
    /// <summary>
    /// The manifest's settings and secrets: every declared key, and every key the code reads (constant keys only), with
    /// where each is read. A read key that is not declared is listed too, so a provisioner's list is complete even while
    /// PK3001 warnings are open: a secret when its name says so or its <c>appsettings</c> value looks like one (never
    /// with a value), otherwise a setting whose default is its <c>appsettings(.Production).json</c> value. A section read
    /// lists the <c>appsettings</c> keys under it.
    /// </summary>
    internal sealed class ManifestKeys
    {
        private readonly Dictionary<string, SortedSet<string>> _keySites = new(StringComparer.Ordinal);
        private readonly Dictionary<string, bool> _keyFallbackEverywhere = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _keySpelling = new(StringComparer.Ordinal);
        private readonly List<(string Section, string Site)> _sectionSites = new();
        private readonly Dictionary<string, AppSettingsEntry> _appSettings = new(StringComparer.Ordinal);

        private ManifestKeys(EquatableArray<ReadSite> reads, EquatableArray<AppSettingsEntry> appSettings, string? projectDirectory)
        {
            // appsettings.Production.json overrides appsettings.json, as in a production environment.
            foreach (AppSettingsEntry entry in appSettings.OrderBy(e => e.IsProduction))
            {
                if (ConfigurationKey.FindProblem(entry.Key) == null)
                {
                    _appSettings[ConfigurationKey.Canonical(entry.Key)] = entry;
                }
            }

            foreach (ReadSite read in reads)
            {
                // The manifest's readAt form (shared with the flag read sites); a ':' in a file name cannot be written there.
                string site = ProjectRelativePath.ReadAt(read.FilePath, projectDirectory, read.Line);
                if (site.IndexOf(':') != site.LastIndexOf(':'))
                {
                    continue;
                }

                foreach (ReadKey key in read.Keys)
                {
                    if (ConfigurationKey.FindProblem(key.Key) != null
                        || (read.IsEnvironmentVariable && PlatformVariables.IsPlatformProvided(key.Key, ReadApi.EnvironmentVariable)))
                    {
                        continue;
                    }

                    string canonical = ConfigurationKey.Canonical(key.Key);
                    if (key.Kind == ReadKeyKind.Section)
                    {
                        _sectionSites.Add((canonical, site));
                        continue;
                    }

                    if (!_keySites.TryGetValue(canonical, out SortedSet<string>? sites))
                    {
                        _keySites[canonical] = sites = new SortedSet<string>(SiteComparer.Instance);
                    }

                    sites.Add(site);
                    _keyFallbackEverywhere[canonical] = key.HasFallback && (!_keyFallbackEverywhere.TryGetValue(canonical, out bool all) || all);
                    if (!_keySpelling.TryGetValue(canonical, out string? spelling) || string.CompareOrdinal(key.Key, spelling) < 0)
                    {
                        _keySpelling[canonical] = key.Key;
                    }
                }
            }
        }

        public static (EquatableArray<ManifestSetting> Settings, EquatableArray<ManifestSecret> Secrets) Build(
            IEnumerable<SettingDeclaration> declaredSettings,
            IEnumerable<SecretDeclaration> declaredSecrets,
            EquatableArray<ReadSite> reads,
            EquatableArray<AppSettingsEntry> appSettings,
            string? projectDirectory)
        {
            var keys = new ManifestKeys(reads, appSettings, projectDirectory);
            var settings = new List<ManifestSetting>();
            var secrets = new List<ManifestSecret>();
            var listed = new HashSet<string>(StringComparer.Ordinal);

            foreach (SecretDeclaration secret in declaredSecrets)
            {
                listed.Add(ConfigurationKey.Canonical(secret.Key));
                secrets.Add(new ManifestSecret(secret.Key, secret.Source, secret.Required, IsDeclared: true, keys.SitesOf(secret.Key)));
            }

            foreach (SettingDeclaration setting in declaredSettings)
            {
                listed.Add(ConfigurationKey.Canonical(setting.Key));
                settings.Add(new ManifestSetting(setting.Key, setting.Default, setting.Required, IsDeclared: true, keys.SitesOf(setting.Key)));
            }

            foreach (string canonical in keys.ReadKeys())
            {
                if (listed.Add(canonical))
                {
                    string written = keys._keySpelling.TryGetValue(canonical, out string? spelling) ? spelling : keys._appSettings[canonical].Key;
                    keys.AddUndeclared(canonical, written, settings, secrets);
                }
            }

            return (
                settings.OrderBy(s => s.Key, StringComparer.Ordinal).ToEquatableArray(),
                secrets.OrderBy(s => s.Key, StringComparer.Ordinal).ToEquatableArray());
        }

        /// <summary>Keys read directly, then <c>appsettings</c> keys inside a section that is read, each once, in ordinal order.</summary>
        private SortedSet<string> ReadKeys()
        {
            var all = new SortedSet<string>(_keySites.Keys, StringComparer.Ordinal);
            foreach (string key in _appSettings.Keys)
            {
                if (_sectionSites.Any(s => ConfigurationKey.IsInSection(key, s.Section)))
                {
                    all.Add(key);
                }
            }

            return all;
        }

        private void AddUndeclared(string canonical, string key, List<ManifestSetting> settings, List<ManifestSecret> secrets)
        {
            _appSettings.TryGetValue(canonical, out AppSettingsEntry? configured);
            string? value = configured?.Value;
            bool isSecret = SecretKeyName.IsSecret(key) || (value != null && LooksLikeSecretValue(value));
            bool required = configured == null && !(_keyFallbackEverywhere.TryGetValue(canonical, out bool fallback) && fallback);
            EquatableArray<string> sites = SitesOf(key);
            if (isSecret)
            {
                secrets.Add(new ManifestSecret(key, Source: null, required, IsDeclared: false, sites));
            }
            else
            {
                settings.Add(new ManifestSetting(key, value, required, IsDeclared: false, sites));
            }
        }

        /// <summary>Orders <c>path:line</c> by path (ordinal), then by line number: <c>a.cs:9</c> before <c>a.cs:10</c>.</summary>
        private sealed class SiteComparer : IComparer<string>
        {
            public static readonly SiteComparer Instance = new();

            public int Compare(string? x, string? y)
            {
                int xColon = x!.LastIndexOf(':');
                int yColon = y!.LastIndexOf(':');
                int byPath = string.CompareOrdinal(x.Substring(0, xColon), y.Substring(0, yColon));
                if (byPath != 0)
                {
                    return byPath;
                }

                int byLength = (x.Length - xColon).CompareTo(y.Length - yColon);
                return byLength != 0 ? byLength : string.CompareOrdinal(x, y);
            }
        }

        /// <summary>A credential, a vendor key, or a long random token: never written out as a default.</summary>
        private static bool LooksLikeSecretValue(string value) =>
            SecretValueDetector.FindValueInsteadOfLocation(value) != null || !ThirdPartyApis.VendorKeyScanner.Embedded.Find(value).IsEmpty;

        /// <summary>Where a key is read: directly, or through a section read that contains it.</summary>
        private EquatableArray<string> SitesOf(string key)
        {
            string canonical = ConfigurationKey.Canonical(key);
            var sites = new SortedSet<string>(SiteComparer.Instance);
            if (_keySites.TryGetValue(canonical, out SortedSet<string>? direct))
            {
                sites.UnionWith(direct);
            }

            foreach ((string section, string site) in _sectionSites)
            {
                if (ConfigurationKey.IsInSection(canonical, section))
                {
                    sites.Add(site);
                }
            }

            return sites.ToImmutableArray().ToEquatableArray();
        }
    }
}
