using System;
using System.Collections.Immutable;

namespace ParityKit.Analyzers.Flags
{
    /// <summary>
    /// The flag readers ParityKit recognises out of the box, by metadata name (no package reference needed): which
    /// type, which methods, which parameter holds the flag key and which one the call-site default.
    /// </summary>
    internal static class FlagReaderCatalog
    {
        public const string FeatureGateAttribute = "Microsoft.FeatureManagement.Mvc.FeatureGateAttribute";
        public const string RequirementType = "Microsoft.FeatureManagement.RequirementType";
        public const string FeatureGateEndpointExtensions = "Microsoft.FeatureManagement.AspNetCore.FeatureGateEndpointFilterExtensions";

        /// <summary>Parameter names that carry a call-site default in the app's own <c>[FlagKey]</c> readers.</summary>
        public static readonly ImmutableArray<string> CustomDefaultParameters = ImmutableArray.Create("defaultValue", "defaultSetting");

        public static readonly ImmutableArray<FlagReaderDefinition> Readers = ImmutableArray.Create(
            // Microsoft.FeatureManagement: IsEnabledAsync(string feature, ...), GetVariantAsync(string feature, ...).
            // FeatureManager, FeatureManagerSnapshot and the *Snapshot interfaces are matched through these interfaces.
            new FlagReaderDefinition(
                "Microsoft.FeatureManagement.IFeatureManager",
                "Microsoft.FeatureManagement",
                name => name == "IsEnabledAsync",
                keyParameter: "feature",
                defaultParameter: null),
            new FlagReaderDefinition(
                "Microsoft.FeatureManagement.IVariantFeatureManager",
                "Microsoft.FeatureManagement",
                name => name == "IsEnabledAsync" || name == "GetVariantAsync",
                keyParameter: "feature",
                defaultParameter: null),
            new FlagReaderDefinition(
                "Microsoft.FeatureManagement.VariantFeatureManagerExtensions",
                "Microsoft.FeatureManagement",
                name => name == "GetVariantAsync",
                keyParameter: "feature",
                defaultParameter: null),
            // Microsoft.FeatureManagement.AspNetCore: endpoint.WithFeatureGate(params string[] features).
            new FlagReaderDefinition(
                FeatureGateEndpointExtensions,
                "Microsoft.FeatureManagement",
                name => name == "WithFeatureGate",
                keyParameter: "features",
                defaultParameter: null),

            // OpenFeature: Get{Boolean,String,Integer,Double,Object}{Value,Details}Async(string flagKey, T defaultValue, ...)
            // (and the same names without Async in SDKs before 2.0).
            new FlagReaderDefinition(
                "OpenFeature.IFeatureClient",
                "OpenFeature",
                name => name.StartsWith("Get", StringComparison.Ordinal)
                    && (EndsWithAny(name, "ValueAsync", "DetailsAsync", "Value", "Details")),
                keyParameter: "flagKey",
                defaultParameter: "defaultValue"),

            // LaunchDarkly server SDK: BoolVariation(string key, Context context, bool defaultValue), *VariationDetail, ...
            new FlagReaderDefinition(
                "LaunchDarkly.Sdk.Server.Interfaces.ILdClient",
                "LaunchDarkly",
                name => name.IndexOf("Variation", StringComparison.Ordinal) >= 0,
                keyParameter: "key",
                defaultParameter: "defaultValue"),

            // Unleash: IsEnabled(string toggleName, [UnleashContext context], [bool defaultSetting]), GetVariant(string toggleName, ...).
            new FlagReaderDefinition(
                "Unleash.IUnleash",
                "Unleash",
                name => name == "IsEnabled" || name == "GetVariant",
                keyParameter: "toggleName",
                defaultParameter: "defaultSetting"),

            // ConfigCat: GetValue<T>(string key, T defaultValue, User? user), GetValueAsync, GetValueDetails, GetValueDetailsAsync.
            new FlagReaderDefinition(
                "ConfigCat.Client.IConfigCatClient",
                "ConfigCat",
                name => name.StartsWith("GetValue", StringComparison.Ordinal),
                keyParameter: "key",
                defaultParameter: "defaultValue"));

        /// <summary>
        /// Method names that may read a flag, for the generator's cheap syntax filter: the vendors' names, and names that
        /// look like the app's own readers (the generator only lists reads whose method name passes this test).
        /// </summary>
        public static bool MayBeReaderName(string name)
        {
            foreach (FlagReaderDefinition reader in Readers)
            {
                if (reader.IsReaderMethod(name))
                {
                    return true;
                }
            }

            foreach (string word in CustomReaderNameWords)
            {
                if (name.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static readonly string[] CustomReaderNameWords = { "Enabled", "Feature", "Flag", "Toggle", "Variant", "Variation" };

        private static bool EndsWithAny(string name, params string[] suffixes)
        {
            foreach (string suffix in suffixes)
            {
                if (name.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>One recognised reader type: its methods that read a flag, and the parameters that hold the key and the default.</summary>
    internal sealed class FlagReaderDefinition
    {
        public FlagReaderDefinition(string typeMetadataName, string vendor, Func<string, bool> isReaderMethod, string keyParameter, string? defaultParameter)
        {
            TypeMetadataName = typeMetadataName;
            Vendor = vendor;
            IsReaderMethod = isReaderMethod;
            KeyParameter = keyParameter;
            DefaultParameter = defaultParameter;
        }

        public string TypeMetadataName { get; }

        public string Vendor { get; }

        public Func<string, bool> IsReaderMethod { get; }

        public string KeyParameter { get; }

        public string? DefaultParameter { get; }
    }
}
