using Microsoft.CodeAnalysis;
using ParityKit.Analyzers.Browser;
using ParityKit.Analyzers.Common;

namespace ParityKit.CodeFixes.Browser
{
    /// <summary>The key a project's base URL is read from, and whether the PK5001 fix must declare it.</summary>
    internal readonly struct BaseUrlKey
    {
        /// <summary>The key the fix declares when the project has no base-URL setting (the design's own example).</summary>
        public const string DefaultKey = "App:BaseUrl";

        private BaseUrlKey(string? key, bool mustDeclare)
        {
            Key = key;
            MustDeclare = mustDeclare;
        }

        /// <summary>The key to read; <see langword="null"/> when the project's declaration is malformed.</summary>
        public string? Key { get; }

        public bool MustDeclare { get; }

        public static BaseUrlKey Of(Compilation compilation)
        {
            if (DeclaredBrowserState.Read(compilation).BaseUrlSetting is string declared)
            {
                return new BaseUrlKey(declared, mustDeclare: false);
            }

            // Declared but unusable: leave it to PK9001 rather than add a second attribute (AllowMultiple = false).
            INamedTypeSymbol? attribute = compilation.GetTypeByMetadataName(MetadataNames.BaseUrlSettingAttribute);
            foreach (AttributeData data in compilation.Assembly.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute))
                {
                    return new BaseUrlKey(null, mustDeclare: false);
                }
            }

            return new BaseUrlKey(attribute == null ? null : DefaultKey, mustDeclare: true);
        }
    }
}
