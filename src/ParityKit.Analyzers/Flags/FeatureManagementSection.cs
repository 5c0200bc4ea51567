using System;
using System.Collections.Generic;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.Json;

namespace ParityKit.Analyzers.Flags
{
    /// <summary>
    /// One flag set in a configuration file, and where: <paramref name="Start"/> and <paramref name="Length"/> are offsets
    /// in the file's text. Value-equatable, so the manifest generator can carry it between pipeline steps.
    /// </summary>
    internal sealed record ConfiguredFlag(string Key, FlagState State, EquatableArray<string> Variants, int Start, int Length);

    /// <summary>
    /// Reads the flags of a configuration file in both of Microsoft.FeatureManagement's schemas: the .NET schema
    /// (<c>"FeatureManagement": { "Name": true }</c>, or an object with <c>EnabledFor</c> filters) and the Microsoft schema
    /// (<c>"feature_management": { "feature_flags": [ { "id": "Name", "enabled": true, "conditions": ... } ] }</c>). Section
    /// and field names compare case-insensitively, as configuration keys do. When both schemas set a flag, the Microsoft
    /// schema wins, as it does in the library.
    /// </summary>
    internal static class FeatureManagementSection
    {
        public static List<ConfiguredFlag> Read(JsonValue root)
        {
            var flags = new List<ConfiguredFlag>();
            var seen = new HashSet<string>(FlagBaselines.KeyComparer);
            if (root.Property("feature_management").Property("feature_flags") is JsonArray microsoft)
            {
                // Later entries win in the library (LastOrDefault), so read from the end.
                for (int i = microsoft.Items.Length - 1; i >= 0; i--)
                {
                    if (ReadMicrosoftFlag(microsoft.Items[i]) is { } flag && seen.Add(flag.Key))
                    {
                        flags.Add(flag);
                    }
                }

                flags.Reverse();
            }

            if (root.Property("FeatureManagement") is JsonObject dotnet)
            {
                var dotnetFlags = new Dictionary<string, ConfiguredFlag>(FlagBaselines.KeyComparer);
                foreach (JsonProperty property in dotnet.Properties)
                {
                    string key = property.Name.Value;
                    if (key.Length > 0 && !seen.Contains(key))
                    {
                        // Reported at "Name": value for a simple flag, at "Name" when the value spans lines.
                        int start = property.Name.Start.Offset;
                        dotnetFlags[key] = new ConfiguredFlag(
                            key,
                            ReadDotnetState(property.Value),
                            ReadVariants(property.Value.Property("Variants")),
                            start,
                            property.Value.Kind is JsonValueKind.Object or JsonValueKind.Array
                                ? property.Name.Length
                                : property.Value.Start.Offset + property.Value.Length - start);
                    }
                }

                flags.AddRange(dotnetFlags.Values);
            }

            return flags;
        }

        private static ConfiguredFlag? ReadMicrosoftFlag(JsonValue entry)
        {
            if (entry.Property("id") is not JsonString { Value.Length: > 0 } id)
            {
                return null;
            }

            JsonValue? enabledValue = entry.Property("enabled");
            FlagState state = FlagState.Off;
            if (enabledValue.AsConfigurationBoolean() == true)
            {
                JsonValue? conditions = entry.Property("conditions");
                bool requireAll = string.Equals(conditions.Property("requirement_type").AsConfigurationText(), "All", StringComparison.OrdinalIgnoreCase);
                state = conditions.Property("client_filters") is JsonArray { Items.Length: > 0 } filters ? ReadFilters(filters, requireAll) : FlagState.On;
            }

            // Reported at the "enabled" value: the line that turns the flag on or off.
            JsonValue anchor = enabledValue ?? id;
            return new ConfiguredFlag(id.Value, state, ReadVariants(entry.Property("variants")), anchor.Start.Offset, anchor.Length);
        }

        private static FlagState ReadDotnetState(JsonValue value)
        {
            if (value.AsConfigurationBoolean() is bool simple)
            {
                return simple ? FlagState.On : FlagState.Off;
            }

            if (value is JsonString filterList)
            {
                // The oldest schema: "Name": "Filter1;Filter2".
                return filterList.Value.Trim().Length == 0 ? FlagState.Off : FlagState.Conditional();
            }

            if (value.Property("EnabledFor") is not { } enabledFor)
            {
                return FlagState.Off;
            }

            if (enabledFor.AsConfigurationBoolean() is bool enabled)
            {
                return enabled ? FlagState.On : FlagState.Off;
            }

            bool requireAll = string.Equals(value.Property("RequirementType").AsConfigurationText(), "All", StringComparison.OrdinalIgnoreCase);
            return enabledFor is JsonArray { Items.Length: > 0 } filters ? ReadFilters(filters, requireAll) : FlagState.Off;
        }

        /// <summary>
        /// Filters: AlwaysOn is on; a percentage (Microsoft.Percentage's Value, Microsoft.Targeting's
        /// DefaultRolloutPercentage) is a rollout; anything else is on under conditions ParityKit does not evaluate.
        /// </summary>
        private static FlagState ReadFilters(JsonArray filters, bool requireAll)
        {
            if (filters.Items.Length > 1 && requireAll)
            {
                return FlagState.Conditional();
            }

            FlagState? result = null;
            foreach (JsonValue filter in filters.Items)
            {
                string name = (filter is JsonString shortForm ? shortForm.Value : filter.Property("Name").AsConfigurationText()) ?? string.Empty;
                JsonValue? parameters = filter.Property("Parameters");
                FlagState state;
                if (IsFilter(name, "AlwaysOn") || IsFilter(name, "On"))
                {
                    return FlagState.On;
                }
                else if (IsFilter(name, "Percentage") && parameters.Property("Value").AsConfigurationNumber() is double percentage)
                {
                    state = Rollout(percentage);
                }
                else if (IsFilter(name, "Targeting") && parameters.Property("Audience").Property("DefaultRolloutPercentage").AsConfigurationNumber() is double rollout)
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

        private static EquatableArray<string> ReadVariants(JsonValue? variants)
        {
            if (variants is not JsonArray list)
            {
                return EquatableArray<string>.Empty;
            }

            var names = new List<string>();
            foreach (JsonValue variant in list.Items)
            {
                if (variant.Property("name") is JsonString { Value.Length: > 0 } name)
                {
                    names.Add(name.Value);
                }
            }

            return names.ToEquatableArray();
        }
    }
}
