using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.Declarations;
using ParityKit.Analyzers.Settings;

namespace ParityKit.CodeFixes.Settings
{
    /// <summary>The declarations the settings and API fixes add, and how they tell whether one exists already.</summary>
    internal static class DeclarationText
    {
        /// <summary><c>[assembly: RequiresSecret("key")]</c> or <c>[assembly: RequiresSetting("key")]</c>.</summary>
        public static DeclarationToAdd ForKey(string key, bool isSecret) => new(
            ConfigurationKey.Canonical(key),
            "[assembly: global::ParityKit." + (isSecret ? "RequiresSecret" : "RequiresSetting") + "(" + Quote(key) + ")]",
            compilation => IsKeyDeclared(compilation, key));

        /// <summary><c>[assembly: ThirdPartyApi("name", ConfigKey = "...", Live = "...")]</c>.</summary>
        public static DeclarationToAdd ForApi(string name, string configKey, string live) => new(
            "api:" + name.ToLowerInvariant(),
            "[assembly: global::ParityKit.ThirdPartyApi(" + Quote(name) + ", ConfigKey = " + Quote(configKey) + ", Live = " + Quote(live) + ")]",
            compilation => IsApiDeclared(compilation, name));

        private static bool IsKeyDeclared(Compilation compilation, string key)
        {
            INamedTypeSymbol? setting = compilation.GetTypeByMetadataName(MetadataNames.RequiresSettingAttribute);
            INamedTypeSymbol? secret = compilation.GetTypeByMetadataName(MetadataNames.RequiresSecretAttribute);
            return compilation.Assembly.GetAttributes().Any(a =>
                (SymbolEqualityComparer.Default.Equals(a.AttributeClass, setting) || SymbolEqualityComparer.Default.Equals(a.AttributeClass, secret))
                && a.ConstructorArguments.Length == 1
                && a.ConstructorArguments[0].Value is string declared
                && ConfigurationKey.Comparer.Equals(declared, key));
        }

        private static bool IsApiDeclared(Compilation compilation, string name)
        {
            INamedTypeSymbol? api = compilation.GetTypeByMetadataName(MetadataNames.ThirdPartyApiAttribute);
            return compilation.Assembly.GetAttributes().Any(a =>
                SymbolEqualityComparer.Default.Equals(a.AttributeClass, api)
                && a.ConstructorArguments.Length == 1
                && a.ConstructorArguments[0].Value is string declared
                && string.Equals(declared, name, StringComparison.OrdinalIgnoreCase));
        }

        public static bool IsSecretName(string key) => SecretKeyName.IsSecret(key);

        private static string Quote(string value) => SymbolDisplay.FormatLiteral(value, quote: true);
    }
}
