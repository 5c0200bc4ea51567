using System;
using Microsoft.CodeAnalysis;

namespace ParityKit.Analyzers.Settings
{
    /// <summary>The configuration-reading APIs ParityKit recognises.</summary>
    internal enum ReadApi
    {
        None,

        /// <summary><c>Environment.GetEnvironmentVariable(name)</c>.</summary>
        EnvironmentVariable,

        /// <summary>The <c>IConfiguration</c> indexer, <c>configuration[key]</c>.</summary>
        Indexer,

        /// <summary><c>ConfigurationBinder.GetValue&lt;T&gt;(key[, defaultValue])</c> and <c>GetValue(type, key[, defaultValue])</c>.</summary>
        GetValue,

        /// <summary><c>ConfigurationExtensions.GetConnectionString(name)</c>: the key <c>ConnectionStrings:name</c>.</summary>
        GetConnectionString,

        /// <summary><c>IConfiguration.GetSection(key)</c> and <c>ConfigurationExtensions.GetRequiredSection(key)</c>.</summary>
        GetSection,

        /// <summary><c>IConfiguration.GetChildren()</c>: the whole section.</summary>
        GetChildren,

        /// <summary><c>ConfigurationBinder.Bind(instance)</c> and <c>Bind(key, instance)</c>.</summary>
        Bind,

        /// <summary><c>ConfigurationBinder.Get&lt;T&gt;()</c>.</summary>
        Get,

        /// <summary><c>services.Configure&lt;TOptions&gt;([name, ]configuration)</c> (Options.ConfigurationExtensions).</summary>
        Configure,

        /// <summary><c>OptionsBuilder&lt;TOptions&gt;.Bind(configuration)</c>.</summary>
        OptionsBind,

        /// <summary><c>OptionsBuilder&lt;TOptions&gt;.BindConfiguration(sectionPath)</c>.</summary>
        BindConfiguration,
    }

    /// <summary>
    /// Recognises the configuration-reading APIs by containing type and name (Microsoft.Extensions.Configuration is not
    /// referenced by the analyzers, and an app may not reference it either). The method name is compared first, so
    /// almost every call is rejected by one string switch.
    /// </summary>
    internal static class ConfigurationReadCatalog
    {
        /// <summary>Method names that may be reads: the generator's syntax filter uses them before any binding.</summary>
        public static bool IsCandidateName(string name) => name switch
        {
            "GetEnvironmentVariable" or "GetValue" or "GetConnectionString" or "GetSection" or "GetRequiredSection"
                or "GetChildren" or "Bind" or "Get" or "Configure" or "BindConfiguration" => true,
            _ => false,
        };

        public static ReadApi Classify(IMethodSymbol method)
        {
            // Extension methods called in reduced form are classified by their definition.
            IMethodSymbol definition = method.ReducedFrom ?? method;
            INamedTypeSymbol? type = definition.ContainingType;
            switch (definition.Name)
            {
                case "GetEnvironmentVariable":
                    return TypeNames.Is(type, "System", "Environment") ? ReadApi.EnvironmentVariable : ReadApi.None;
                case "GetValue":
                    return IsBinder(type) ? ReadApi.GetValue : ReadApi.None;
                case "GetConnectionString":
                    return IsConfigurationExtensions(type) ? ReadApi.GetConnectionString : ReadApi.None;
                case "GetRequiredSection":
                    return IsConfigurationExtensions(type) ? ReadApi.GetSection : ReadApi.None;
                case "GetSection":
                    return !definition.IsStatic && TypeNames.IsConfiguration(type) ? ReadApi.GetSection : ReadApi.None;
                case "GetChildren":
                    return !definition.IsStatic && TypeNames.IsConfiguration(type) ? ReadApi.GetChildren : ReadApi.None;
                case "Bind":
                    return IsBinder(type) ? ReadApi.Bind
                        : TypeNames.Is(type, TypeNames.DependencyInjection, "OptionsBuilderConfigurationExtensions") ? ReadApi.OptionsBind
                        : ReadApi.None;
                case "Get":
                    return IsBinder(type) ? ReadApi.Get : ReadApi.None;
                case "Configure":
                    return TypeNames.Is(type, TypeNames.DependencyInjection, "OptionsConfigurationServiceCollectionExtensions")
                        ? ReadApi.Configure
                        : ReadApi.None;
                case "BindConfiguration":
                    return TypeNames.Is(type, TypeNames.DependencyInjection, "OptionsBuilderConfigurationExtensions")
                        ? ReadApi.BindConfiguration
                        : ReadApi.None;
                default:
                    return ReadApi.None;
            }
        }

        /// <summary>The <c>IConfiguration</c> indexer (also as implemented by sections, roots and <c>ConfigurationManager</c>).</summary>
        public static bool IsIndexer(IPropertySymbol property) =>
            property.IsIndexer
            && property.Parameters.Length == 1
            && property.Parameters[0].Type.SpecialType == SpecialType.System_String
            && TypeNames.IsConfiguration(property.ContainingType);

        /// <summary>The <c>Value</c> of a section: the value at the section's own key.</summary>
        public static bool IsSectionValue(IPropertySymbol property) =>
            property.Name == "Value" && !property.IsStatic && TypeNames.IsSection(property.ContainingType);

        /// <summary>Members of a section that read nothing from it (its name and path).</summary>
        public static bool IsSectionName(IPropertySymbol property) =>
            (property.Name == "Key" || property.Name == "Path") && TypeNames.IsSection(property.ContainingType);

        /// <summary>The parameter of a read that holds the key, by the name the framework gives it.</summary>
        public static string? KeyParameterName(ReadApi api) => api switch
        {
            ReadApi.EnvironmentVariable => "variable",
            ReadApi.GetValue or ReadApi.GetSection or ReadApi.Bind => "key",
            ReadApi.GetConnectionString => "name",
            ReadApi.BindConfiguration => "configSectionPath",
            _ => null,
        };

        private static bool IsBinder(INamedTypeSymbol? type) => TypeNames.Is(type, TypeNames.Configuration, "ConfigurationBinder");

        private static bool IsConfigurationExtensions(INamedTypeSymbol? type) =>
            TypeNames.Is(type, TypeNames.Configuration, "ConfigurationExtensions");
    }
}
