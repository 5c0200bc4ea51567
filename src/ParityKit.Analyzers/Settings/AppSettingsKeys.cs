using System;
using System.Collections.Immutable;
using System.Globalization;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.Declarations;
using ParityKit.Analyzers.Json;

namespace ParityKit.Analyzers.Settings
{
    /// <summary>A key that <c>appsettings.json</c> or <c>appsettings.Production.json</c> gives a value.</summary>
    /// <param name="Key">The flattened key, as configuration's JSON provider makes it (<c>Stripe:BaseUrl</c>, <c>Hosts:0</c>).</param>
    /// <param name="Value">The value as configuration reads it; <see langword="null"/> for JSON <c>null</c> and empty objects or arrays.</param>
    /// <param name="IsProduction">Whether it comes from <c>appsettings.Production.json</c>, which overrides <c>appsettings.json</c>.</param>
    internal sealed record AppSettingsEntry(string Key, string? Value, bool IsProduction);

    /// <summary>
    /// Reads the production-shaped configuration files (AdditionalFiles) into flat keys. Keys present there count as
    /// declared settings with a default. Unreadable JSON gives no keys (never an exception): the app would fail on it at
    /// startup anyway, and reporting broken JSON is the tooling rules' job.
    /// </summary>
    internal static class AppSettingsKeys
    {
        private const int MaxDepth = 64;

        /// <summary>Whether the file is <c>appsettings.json</c> or <c>appsettings.Production.json</c> (any case, any folder).</summary>
        public static bool IsProductionShaped(string path, out bool isProduction)
        {
            isProduction = false;
            if (!AppSettingsFile.TryGetEnvironment(path, out string environment))
            {
                return false;
            }

            isProduction = string.Equals(environment, "Production", StringComparison.OrdinalIgnoreCase);
            return isProduction || environment.Length == 0;
        }

        public static EquatableArray<AppSettingsEntry> Read(string? text, bool isProduction)
        {
            if (JsonReader.Parse(text).Root is not JsonObject root)
            {
                return EquatableArray<AppSettingsEntry>.Empty;
            }

            ImmutableArray<AppSettingsEntry>.Builder entries = ImmutableArray.CreateBuilder<AppSettingsEntry>();
            Flatten(root, string.Empty, isProduction, entries, depth: 0);
            return entries.ToImmutable().ToEquatableArray();
        }

        private static void Flatten(JsonValue value, string key, bool isProduction, ImmutableArray<AppSettingsEntry>.Builder entries, int depth)
        {
            switch (value)
            {
                case JsonObject obj when depth < MaxDepth:
                    if (obj.Properties.IsEmpty && key.Length > 0)
                    {
                        entries.Add(new AppSettingsEntry(key, null, isProduction));
                    }

                    foreach (JsonProperty property in obj.Properties)
                    {
                        Flatten(property.Value, ConfigurationKey.Combine(key, property.Name.Value), isProduction, entries, depth + 1);
                    }

                    break;
                case JsonArray array when depth < MaxDepth:
                    if (array.Items.IsEmpty && key.Length > 0)
                    {
                        entries.Add(new AppSettingsEntry(key, null, isProduction));
                    }

                    for (int i = 0; i < array.Items.Length; i++)
                    {
                        Flatten(array.Items[i], ConfigurationKey.Combine(key, i.ToString(CultureInfo.InvariantCulture)), isProduction, entries, depth + 1);
                    }

                    break;
                case JsonString text when key.Length > 0:
                    entries.Add(new AppSettingsEntry(key, text.Value, isProduction));
                    break;
                case JsonNumber number when key.Length > 0:
                    entries.Add(new AppSettingsEntry(key, number.Text, isProduction));
                    break;
                case JsonLiteral literal when key.Length > 0:
                    // As the JSON provider reads them: JsonElement.ToString() gives "True"/"False".
                    string? written = literal.Kind switch
                    {
                        JsonValueKind.True => "True",
                        JsonValueKind.False => "False",
                        _ => null,
                    };
                    entries.Add(new AppSettingsEntry(key, written, isProduction));
                    break;
            }
        }
    }
}
