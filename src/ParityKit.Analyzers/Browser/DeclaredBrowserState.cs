using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.Declarations;

namespace ParityKit.Analyzers.Browser
{
    /// <summary>
    /// What the app declares about its browser state, read once per compilation through the shared
    /// <see cref="DeclarationReader"/> (only valid declarations count, as in the manifest): the base-URL setting, the
    /// client-storage keys and service workers, and the hosts of declared third-party APIs (which are not the app's own).
    /// </summary>
    internal sealed class DeclaredBrowserState
    {
        private readonly HashSet<string> _storageKeys = new(StringComparer.Ordinal);
        private readonly List<string> _serviceWorkers = new();
        private readonly HashSet<string> _thirdPartyHosts = new(StringComparer.OrdinalIgnoreCase);

        private DeclaredBrowserState()
        {
        }

        /// <summary>The declared base-URL setting's key, or <see langword="null"/>.</summary>
        public string? BaseUrlSetting { get; private set; }

        public bool HasServiceWorkers => _serviceWorkers.Count > 0;

        public static DeclaredBrowserState Read(Compilation compilation)
        {
            INamedTypeSymbol? baseUrl = compilation.GetTypeByMetadataName(MetadataNames.BaseUrlSettingAttribute);
            INamedTypeSymbol? storageKey = compilation.GetTypeByMetadataName(MetadataNames.ClientStorageKeyAttribute);
            INamedTypeSymbol? serviceWorker = compilation.GetTypeByMetadataName(MetadataNames.ServiceWorkerAttribute);
            INamedTypeSymbol? thirdPartyApi = compilation.GetTypeByMetadataName(MetadataNames.ThirdPartyApiAttribute);

            var state = new DeclaredBrowserState();
            if (baseUrl is null && storageKey is null && serviceWorker is null && thirdPartyApi is null)
            {
                return state;
            }

            foreach (AttributeData attribute in compilation.Assembly.GetAttributes())
            {
                INamedTypeSymbol? type = attribute.AttributeClass;
                if (type is null)
                {
                    continue;
                }

                if (SymbolEqualityComparer.Default.Equals(type, storageKey))
                {
                    if (DeclarationReader.ReadClientStorageKey(attribute).Declaration is { } declared)
                    {
                        state._storageKeys.Add(declared.Key);
                    }
                }
                else if (SymbolEqualityComparer.Default.Equals(type, serviceWorker))
                {
                    if (DeclarationReader.ReadServiceWorker(attribute).Declaration is { } declared)
                    {
                        state._serviceWorkers.Add(declared.Path);
                    }
                }
                else if (SymbolEqualityComparer.Default.Equals(type, baseUrl))
                {
                    state.BaseUrlSetting ??= DeclarationReader.ReadBaseUrlSetting(attribute).Declaration?.Key;
                }
                else if (SymbolEqualityComparer.Default.Equals(type, thirdPartyApi)
                    && DeclarationReader.ReadThirdPartyApi(attribute).Declaration is { } api)
                {
                    state.AddHost(api.Live);
                    state.AddHost(api.Sandbox);
                }
            }

            return state;
        }

        public bool IsStorageKeyDeclared(string key) => _storageKeys.Contains(key);

        /// <summary>Whether the host is a declared third-party API's (live or sandbox) rather than the app's own.</summary>
        public bool IsThirdPartyHost(string host) => _thirdPartyHosts.Contains(host);

        /// <summary>
        /// Whether a registration of <paramref name="scriptUrl"/> (as the page or script writes it: <c>/sw.js</c>,
        /// <c>./js/sw.js</c>) is declared: a declared path is the web-root path under <c>wwwroot/</c>, or ends with it.
        /// </summary>
        public bool IsServiceWorkerDeclared(string scriptUrl)
        {
            string webPath = ServiceWorkerScripts.ToWebPath(scriptUrl);
            foreach (string declared in _serviceWorkers)
            {
                if (string.Equals(declared, webPath, StringComparison.OrdinalIgnoreCase)
                    || (declared.Length > webPath.Length
                        && declared.EndsWith(webPath, StringComparison.OrdinalIgnoreCase)
                        && declared[declared.Length - webPath.Length - 1] == '/'))
                {
                    return true;
                }
            }

            return false;
        }

        private void AddHost(string? url)
        {
            if (UrlText.TryParse(url, out UrlText? parsed))
            {
                _thirdPartyHosts.Add(parsed.Host);
            }
        }
    }
}
