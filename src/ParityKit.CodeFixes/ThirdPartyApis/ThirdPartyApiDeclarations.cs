using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ParityKit.Analyzers.Common;

namespace ParityKit.CodeFixes.ThirdPartyApis
{
    /// <summary>The project's <c>[assembly: ThirdPartyApi]</c> declarations as they are: what PK2001's fix reuses.</summary>
    internal sealed class ThirdPartyApiDeclarations
    {
        private readonly ImmutableArray<Declared> _declared;

        private ThirdPartyApiDeclarations(ImmutableArray<Declared> declared) => _declared = declared;

        public static ThirdPartyApiDeclarations Read(Compilation compilation)
        {
            INamedTypeSymbol? thirdPartyApi = compilation.GetTypeByMetadataName(MetadataNames.ThirdPartyApiAttribute);
            ImmutableArray<Declared>.Builder declared = ImmutableArray.CreateBuilder<Declared>();
            foreach (AttributeData attribute in compilation.Assembly.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, thirdPartyApi))
                {
                    declared.Add(Declared.From(attribute));
                }
            }

            return new ThirdPartyApiDeclarations(declared.ToImmutable());
        }

        /// <summary>
        /// The existing declaration of the same API: same name, or the same sandbox or live host. The fix reuses its
        /// config key and declares nothing new.
        /// </summary>
        public bool TryFind(ApiToDeclare api, out string? configKey)
        {
            string? sandboxHost = HostOf(api.Sandbox);
            string? liveHost = HostOf(api.Live);
            foreach (Declared declared in _declared)
            {
                if (string.Equals(declared.Name, api.Name, StringComparison.OrdinalIgnoreCase)
                    || (sandboxHost != null && string.Equals(declared.SandboxHost, sandboxHost, StringComparison.OrdinalIgnoreCase))
                    || (liveHost != null && string.Equals(declared.LiveHost, liveHost, StringComparison.OrdinalIgnoreCase)))
                {
                    configKey = declared.ConfigKey;
                    return true;
                }
            }

            configKey = null;
            return false;
        }

        private static string? HostOf(string? url) => UrlText.TryParse(url, out UrlText? parsed) ? parsed.Host : null;

        private sealed class Declared
        {
            private Declared(string? name, string? configKey, string? sandboxHost, string? liveHost)
            {
                Name = name;
                ConfigKey = configKey;
                SandboxHost = sandboxHost;
                LiveHost = liveHost;
            }

            public string? Name { get; }

            public string? ConfigKey { get; }

            public string? SandboxHost { get; }

            public string? LiveHost { get; }

            public static Declared From(AttributeData attribute)
            {
                string? name = attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value as string : null;
                string? configKey = null;
                string? sandbox = null;
                string? live = null;
                foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
                {
                    string? value = argument.Value.Value as string;
                    switch (argument.Key)
                    {
                        case "ConfigKey":
                            configKey = value;
                            break;
                        case "Sandbox":
                            sandbox = value;
                            break;
                        case "Live":
                            live = value;
                            break;
                    }
                }

                return new Declared(name, configKey, HostOf(sandbox), HostOf(live));
            }
        }
    }
}
