using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.Declarations;

namespace ParityKit.Analyzers.Settings
{
    /// <summary>
    /// Every key a compilation declares, built once per compilation: <c>[RequiresSetting]</c>, <c>[RequiresSecret]</c>,
    /// <c>[ThirdPartyApi(ConfigKey = ...)]</c>, and the keys of <c>appsettings.json</c>/<c>appsettings.Production.json</c>.
    /// Look-ups are by canonical key (configuration's comparison) and by section, each a hash look-up.
    /// </summary>
    internal sealed class DeclaredKeys
    {
        private readonly Dictionary<string, DeclaredKey> _byKey;
        private readonly HashSet<string> _sections;

        private DeclaredKeys(Dictionary<string, DeclaredKey> byKey, ImmutableArray<DeclaredKey> attributes)
        {
            _byKey = byKey;
            Attributes = attributes;

            // Every key and each of its parent sections, so "is anything declared under Stripe" is one look-up.
            _sections = new HashSet<string>(System.StringComparer.Ordinal) { string.Empty };
            foreach (string key in byKey.Keys)
            {
                for (int colon = key.IndexOf(':'); colon >= 0; colon = key.IndexOf(':', colon + 1))
                {
                    _sections.Add(key.Substring(0, colon));
                }

                _sections.Add(key);
            }
        }

        /// <summary>The valid <c>[RequiresSetting]</c> and <c>[RequiresSecret]</c> declarations, in source order (first of repeats).</summary>
        public ImmutableArray<DeclaredKey> Attributes { get; }

        public static DeclaredKeys Build(Compilation compilation, ImmutableArray<AdditionalText> additionalFiles, CancellationToken cancellationToken)
        {
            INamedTypeSymbol? setting = compilation.GetTypeByMetadataName(MetadataNames.RequiresSettingAttribute);
            INamedTypeSymbol? secret = compilation.GetTypeByMetadataName(MetadataNames.RequiresSecretAttribute);
            INamedTypeSymbol? api = compilation.GetTypeByMetadataName(MetadataNames.ThirdPartyApiAttribute);

            var byKey = new Dictionary<string, DeclaredKey>(System.StringComparer.Ordinal);
            ImmutableArray<DeclaredKey>.Builder attributes = ImmutableArray.CreateBuilder<DeclaredKey>();
            var secrets = new List<(AttributeData Attribute, SecretDeclaration Declaration)>();
            var settings = new List<(AttributeData Attribute, SettingDeclaration Declaration)>();
            if (setting != null || secret != null || api != null)
            {
                foreach (AttributeData attribute in compilation.Assembly.GetAttributes())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    INamedTypeSymbol? type = attribute.AttributeClass;
                    if (type == null)
                    {
                        continue;
                    }

                    if (SymbolEqualityComparer.Default.Equals(type, secret) && DeclarationReader.ReadSecret(attribute).Declaration is { } s)
                    {
                        secrets.Add((attribute, s));
                    }
                    else if (SymbolEqualityComparer.Default.Equals(type, setting) && DeclarationReader.ReadSetting(attribute).Declaration is { } d)
                    {
                        settings.Add((attribute, d));
                    }
                    else if (SymbolEqualityComparer.Default.Equals(type, api)
                        && DeclarationReader.ReadThirdPartyApi(attribute).Declaration is { ConfigKey: { } configKey })
                    {
                        Add(byKey, new DeclaredKey(configKey, DeclaredKeySource.ThirdPartyApi, required: true, LocationOf(attribute)), replace: false);
                    }
                }
            }

            // Secrets win over settings (as the manifest keeps them), then source order; repeats are PK9002's business.
            foreach ((AttributeData attribute, SecretDeclaration declaration) in secrets)
            {
                var key = new DeclaredKey(declaration.Key, DeclaredKeySource.Secret, declaration.Required, LocationOf(attribute));
                if (Add(byKey, key, replace: true))
                {
                    attributes.Add(key);
                }
            }

            foreach ((AttributeData attribute, SettingDeclaration declaration) in settings)
            {
                var key = new DeclaredKey(declaration.Key, DeclaredKeySource.Setting, declaration.Required, LocationOf(attribute));
                if (Add(byKey, key, replace: true))
                {
                    attributes.Add(key);
                }
            }

            foreach (AdditionalText file in additionalFiles)
            {
                if (!AppSettingsKeys.IsProductionShaped(file.Path, out bool isProduction))
                {
                    continue;
                }

                foreach (AppSettingsEntry entry in AppSettingsKeys.Read(file.GetText(cancellationToken)?.ToString(), isProduction))
                {
                    Add(byKey, new DeclaredKey(entry.Key, DeclaredKeySource.AppSettings, required: false, location: null), replace: false);
                }
            }

            return new DeclaredKeys(byKey, attributes.ToImmutable());
        }

        /// <summary>The declaration of exactly this key (configuration's comparison), if any.</summary>
        public bool TryGet(string key, out DeclaredKey declared) => _byKey.TryGetValue(ConfigurationKey.Canonical(key), out declared!);

        /// <summary>Whether the section itself or any key under it is declared (the root always counts when anything is).</summary>
        public bool HasSection(string section) => _sections.Contains(ConfigurationKey.Canonical(section)) && (section.Length > 0 || _byKey.Count > 0);

        /// <summary>Adds a key; an attribute declaration replaces a weaker one for the same key, else the first one stays.</summary>
        private static bool Add(Dictionary<string, DeclaredKey> byKey, DeclaredKey key, bool replace)
        {
            string canonical = ConfigurationKey.Canonical(key.Key);
            if (byKey.TryGetValue(canonical, out DeclaredKey? existing) && (!replace || existing.IsAttribute))
            {
                return false;
            }

            byKey[canonical] = key;
            return true;
        }

        private static Location? LocationOf(AttributeData attribute) =>
            attribute.ApplicationSyntaxReference is { } reference ? Location.Create(reference.SyntaxTree, reference.Span) : null;
    }
}
