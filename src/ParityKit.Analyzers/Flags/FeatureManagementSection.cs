using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace ParityKit.Analyzers.Flags
{
    /// <summary>One flag set in a configuration file, and where (offsets in the file).</summary>
    internal sealed class ConfiguredFlag
    {
        public ConfiguredFlag(string key, FlagState state, ImmutableArray<string> variants, int start, int length)
        {
            Key = key;
            State = state;
            Variants = variants;
            Start = start;
            Length = length;
        }

        public string Key { get; }

        public FlagState State { get; }

        public ImmutableArray<string> Variants { get; }

        public int Start { get; }

        public int Length { get; }
    }

    /// <summary>
    /// Reads the flags of a configuration file in both of Microsoft.FeatureManagement's schemas: the .NET schema
    /// (<c>"FeatureManagement": { "Name": true }</c>, or an object with <c>EnabledFor</c> filters) and the Microsoft schema
    /// (<c>"feature_management": { "feature_flags": [ { "id": "Name", "enabled": true, "conditions": ... } ] }</c>). Section
    /// and field names compare case-insensitively, as configuration keys do. When both schemas set a flag, the Microsoft
    /// schema wins, as it does in the library.
    /// </summary>
    internal static class FeatureManagementSection
    {
        public static List<ConfiguredFlag> Read(FlagJsonNode root)
        {
            var flags = new List<ConfiguredFlag>();
            var seen = new HashSet<string>(FlagBaselines.KeyComparer);
            if (root.Get("feature_management")?.Get("feature_flags") is { Kind: FlagJsonKind.Array } microsoft)
            {
                // Later entries win in the library (LastOrDefault), so read from the end.
                for (int i = microsoft.Items.Count - 1; i >= 0; i--)
                {
                    if (ReadMicrosoftFlag(microsoft.Items[i]) is { } flag && seen.Add(flag.Key))
                    {
                        flags.Add(flag);
                    }
                }

                flags.Reverse();
            }

            if (root.Get("FeatureManagement") is { Kind: FlagJsonKind.Object } dotnet)
            {
                var dotnetFlags = new Dictionary<string, ConfiguredFlag>(FlagBaselines.KeyComparer);
                foreach (FlagJsonProperty property in dotnet.Properties)
                {
                    if (property.Name.Text.Length > 0 && !seen.Contains(property.Name.Text))
                    {
                        dotnetFlags[property.Name.Text] = new ConfiguredFlag(
                            property.Name.Text,
                            ReadDotnetState(property.Value),
                            ReadVariants(property.Value.Get("Variants")),
                            property.Name.Start,
                            property.Value.Kind is FlagJsonKind.Object or FlagJsonKind.Array
                                ? property.Name.Length
                                : property.Value.End - property.Name.Start);
                    }
                }

                flags.AddRange(dotnetFlags.Values);
            }

            return flags;
        }

        private static ConfiguredFlag? ReadMicrosoftFlag(FlagJsonNode entry)
        {
            if (entry.Get("id") is not { Kind: FlagJsonKind.String } id || id.Text.Length == 0)
            {
                return null;
            }

            FlagJsonNode? enabledNode = entry.Get("enabled");
            FlagState state = FlagState.Off;
            if (enabledNode?.AsBool() == true)
            {
                FlagJsonNode? filters = entry.Get("conditions")?.Get("client_filters");
                bool requireAll = string.Equals(entry.Get("conditions")?.Get("requirement_type")?.Text, "All", StringComparison.OrdinalIgnoreCase);
                state = filters is { Kind: FlagJsonKind.Array, Items.Count: > 0 } ? ReadFilters(filters, requireAll) : FlagState.On;
            }

            // Reported at the "enabled" value: the line that turns the flag on or off.
            FlagJsonNode anchor = enabledNode ?? id;
            return new ConfiguredFlag(id.Text, state, ReadVariants(entry.Get("variants")), anchor.Start, anchor.Length);
        }

        private static FlagState ReadDotnetState(FlagJsonNode value)
        {
            if (value.AsBool() is bool simple)
            {
                return simple ? FlagState.On : FlagState.Off;
            }

            if (value.Kind == FlagJsonKind.String)
            {
                // The oldest schema: "Name": "Filter1;Filter2".
                return value.Text.Trim().Length == 0 ? FlagState.Off : FlagState.Conditional();
            }

            if (value.Kind != FlagJsonKind.Object || value.Get("EnabledFor") is not { } enabledFor)
            {
                return FlagState.Off;
            }

            if (enabledFor.AsBool() is bool enabled)
            {
                return enabled ? FlagState.On : FlagState.Off;
            }

            bool requireAll = string.Equals(value.Get("RequirementType")?.Text, "All", StringComparison.OrdinalIgnoreCase);
            return enabledFor is { Kind: FlagJsonKind.Array, Items.Count: > 0 } ? ReadFilters(enabledFor, requireAll) : FlagState.Off;
        }

        /// <summary>
        /// Filters: AlwaysOn is on; a percentage (Microsoft.Percentage's Value, Microsoft.Targeting's
        /// DefaultRolloutPercentage) is a rollout; anything else is on under conditions ParityKit does not evaluate.
        /// </summary>
        private static FlagState ReadFilters(FlagJsonNode filters, bool requireAll)
        {
            if (filters.Items.Count > 1 && requireAll)
            {
                return FlagState.Conditional();
            }

            FlagState? result = null;
            foreach (FlagJsonNode filter in filters.Items)
            {
                string name = (filter.Kind == FlagJsonKind.String ? filter.Text : filter.Get("Name")?.Text) ?? string.Empty;
                FlagJsonNode? parameters = filter.Get("Parameters");
                FlagState state;
                if (IsFilter(name, "AlwaysOn") || IsFilter(name, "On"))
                {
                    return FlagState.On;
                }
                else if (IsFilter(name, "Percentage") && parameters?.Get("Value")?.AsNumber() is double percentage)
                {
                    state = Rollout(percentage);
                }
                else if (IsFilter(name, "Targeting") && parameters?.Get("Audience")?.Get("DefaultRolloutPercentage")?.AsNumber() is double rollout)
                {
                    state = Rollout(rollout);
                }
                else
                {
                    state = FlagState.Conditional();
                }

                result = result is null ? state : FlagState.Conditional();
            }

            return result ?? FlagState.Off;
        }

        private static FlagState Rollout(double percentage)
        {
            int rounded = (int)Math.Round(Math.Max(0, Math.Min(100, percentage)));
            return rounded == 0 ? FlagState.Off : FlagState.Create(true, rounded == 100 ? 0 : rounded);
        }

        private static bool IsFilter(string name, string shortName) =>
            string.Equals(name, shortName, StringComparison.OrdinalIgnoreCase)
            || string.Equals(name, "Microsoft." + shortName, StringComparison.OrdinalIgnoreCase)
            || string.Equals(name, shortName + "Filter", StringComparison.OrdinalIgnoreCase);

        private static ImmutableArray<string> ReadVariants(FlagJsonNode? variants)
        {
            if (variants is not { Kind: FlagJsonKind.Array })
            {
                return ImmutableArray<string>.Empty;
            }

            ImmutableArray<string>.Builder names = ImmutableArray.CreateBuilder<string>();
            foreach (FlagJsonNode variant in variants.Items)
            {
                if (variant.Get("name") is { Kind: FlagJsonKind.String, Text.Length: > 0 } name)
                {
                    names.Add(name.Text);
                }
            }

            return names.ToImmutable();
        }
    }
}
