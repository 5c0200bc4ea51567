using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.DataShape.Schema;
using ParityKit.Analyzers.Declarations;
using ParityKit.Analyzers.Json;
using ParityKit.Analyzers.Manifest.Models;
using ParityKit.Analyzers.Seeds.Models;

namespace ParityKit.Analyzers.Manifest
{
    /// <summary>
    /// The provisioning manifest, shape version 1 (<c>schema/paritykit.manifest.schema.json</c>). Properties in schema
    /// order, entries already sorted by the model, sections of later features present and empty, so a provisioner can
    /// rely on every section being there. Secrets carry their key and source, never a value.
    /// </summary>
    internal static class ManifestJson
    {
        public const int SchemaVersion = 1;

        public static string Write(ManifestModel model)
        {
            var json = new JsonWriter();
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", SchemaVersion);

            json.WritePropertyName("app");
            json.WriteStartObject();
            json.WriteString("name", model.AppName);
            json.WriteString("assembly", model.AssemblyName);
            json.WriteEndObject();

            json.WritePropertyName("settings");
            json.WriteStartArray();
            foreach (ManifestSetting setting in model.Settings)
            {
                json.WriteStartObject();
                json.WriteString("key", setting.Key);
                json.WriteString("envVar", ConfigurationKey.ToEnvironmentVariable(setting.Key));
                json.WriteBoolean("required", setting.Required);
                if (setting.Default != null)
                {
                    json.WriteString("default", setting.Default);
                }

                json.WriteStringArray("readAt", setting.ReadAt);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WritePropertyName("secrets");
            json.WriteStartArray();
            foreach (ManifestSecret secret in model.Secrets)
            {
                json.WriteStartObject();
                json.WriteString("key", secret.Key);
                json.WriteString("envVar", ConfigurationKey.ToEnvironmentVariable(secret.Key));
                json.WriteString("source", secret.Source);
                json.WriteBoolean("required", secret.Required);
                json.WriteStringArray("readAt", secret.ReadAt);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WritePropertyName("thirdPartyApis");
            json.WriteStartArray();
            foreach (ThirdPartyApiDeclaration api in model.ThirdPartyApis)
            {
                json.WriteStartObject();
                json.WriteString("name", api.Name);
                json.WriteString("configKey", api.ConfigKey);
                json.WriteString("keySetting", api.KeySetting);
                json.WritePropertyName("tiers");
                json.WriteStartObject();
                json.WriteString("live", api.Live);
                json.WriteString("sandbox", api.Sandbox);
                json.WriteEndObject();
                json.WriteString("previewTier", api.PreviewTier == ApiTierValue.Live ? "live" : "sandbox");
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WritePropertyName("featureFlags");
            json.WriteStartArray();
            foreach (FeatureFlagEntry flag in model.FeatureFlags)
            {
                json.WriteStartObject();
                json.WriteString("key", flag.Key);
                json.WritePropertyName("baseline");
                if (flag.Baseline is bool baseline)
                {
                    json.WriteBooleanValue(baseline);
                }
                else
                {
                    json.WriteNullValue();
                }

                if (flag.RolloutPercentage > 0)
                {
                    json.WriteNumber("rolloutPercentage", flag.RolloutPercentage);
                }

                if (!flag.Variants.IsEmpty)
                {
                    json.WriteStringArray("variants", flag.Variants);
                }

                json.WriteStringArray("readAt", flag.ReadAt);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            WriteDatabase(json, model.Database);

            WriteSeeds(json, model.Seeds);

            WriteBrowser(json, model.Browser);

            json.WriteEndObject();
            return json.ToString() + "\n";
        }

        private static void WriteDatabase(JsonWriter json, DatabaseManifest? database)
        {
            if (database is null)
            {
                json.WriteNull("database");
                return;
            }

            json.WritePropertyName("database");
            json.WriteStartObject();
            json.WriteString("provider", database.Provider);
            json.WriteString("context", database.Context);
            json.WriteStringArray("migrations", database.Migrations);
            json.WriteString("latestMigration", database.LatestMigration);
            json.WriteString("schemaHash", database.SchemaHash);
            json.WritePropertyName("tables");
            json.WriteStartArray();
            foreach (SchemaTable table in database.Tables)
            {
                json.WriteStartObject();
                json.WriteString("name", table.Name);
                if (table.Schema != null)
                {
                    json.WriteString("schema", table.Schema);
                }

                json.WritePropertyName("columns");
                json.WriteStartArray();
                foreach (SchemaColumn column in table.Columns)
                {
                    json.WriteStartObject();
                    json.WriteString("name", column.Name);
                    json.WriteString("type", column.StoreType ?? "unknown");
                    json.WriteBoolean("nullable", column.Nullable);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        private static void WriteSeeds(JsonWriter json, EquatableArray<SeedManifestEntry> seeds)
        {
            json.WritePropertyName("seeds");
            json.WriteStartArray();
            foreach (SeedManifestEntry seed in seeds)
            {
                json.WriteStartObject();
                json.WriteString("name", seed.Name);
                json.WriteString("migration", seed.Migration);
                json.WriteString("hash", seed.Hash);
                json.WriteString("export", "paritykit.seed." + seed.Name + ".json");
                json.WritePropertyName("rows");
                json.WriteStartObject();
                foreach (SeedTableRows table in seed.Rows)
                {
                    json.WriteNumber(table.Table, table.Rows);
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        private static void WriteBrowser(JsonWriter json, BrowserSection browser)
        {
            json.WritePropertyName("browser");
            json.WriteStartObject();
            json.WriteString("baseUrlSetting", browser.BaseUrlSetting);
            json.WriteStringArray("storageKeys", browser.StorageKeys.AsImmutableArray());
            json.WriteStringArray("serviceWorkers", browser.ServiceWorkers.AsImmutableArray());
            json.WriteEndObject();
        }
    }
}
