using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ParityKit.Analyzers.Json;
using ParityKit.Analyzers.Seeds.Models;

namespace ParityKit.Analyzers.Seeds
{
    /// <summary>
    /// The seed export, <c>paritykit.seed.&lt;name&gt;.json</c> (<c>schema/paritykit.seed.schema.json</c>): the seed's
    /// name, migration and hash, then its tables principal-first, each with its rows as column → value objects. The
    /// content hash is <c>sha256:</c> and the hex SHA-256 of the <c>tables</c> array written alone: the rows, their
    /// tables and columns, and nothing else (not the name, not the migration).
    /// </summary>
    internal static class SeedExportJson
    {
        public const int SchemaVersion = 1;

        public static string Write(string name, string? migration, string hash, IReadOnlyList<SeedExportTable> tables)
        {
            var json = new JsonWriter();
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", SchemaVersion);
            json.WriteString("name", name);
            json.WriteString("migration", migration);
            json.WriteString("hash", hash);
            json.WritePropertyName("tables");
            WriteTables(json, tables);
            json.WriteEndObject();
            return json.ToString() + "\n";
        }

        public static string Hash(IReadOnlyList<SeedExportTable> tables)
        {
            var json = new JsonWriter();
            WriteTables(json, tables);
            using SHA256 sha = SHA256.Create();
            byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(json.ToString()));
            var hex = new StringBuilder("sha256:", 7 + (hash.Length * 2));
            foreach (byte b in hash)
            {
                hex.Append(b.ToString("x2", CultureInfo.InvariantCulture));
            }

            return hex.ToString();
        }

        private static void WriteTables(JsonWriter json, IReadOnlyList<SeedExportTable> tables)
        {
            json.WriteStartArray();
            foreach (SeedExportTable table in tables)
            {
                json.WriteStartObject();
                json.WriteString("name", table.Table);
                if (table.Schema != null)
                {
                    json.WriteString("schema", table.Schema);
                }

                json.WriteString("entity", table.EntityType);
                json.WritePropertyName("rows");
                json.WriteStartArray();
                foreach (ImmutableArray<SeedValue> row in table.Rows)
                {
                    json.WriteStartObject();
                    foreach (SeedValue value in row)
                    {
                        json.WritePropertyName(value.Member);
                        WriteValue(json, value);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        private static void WriteValue(JsonWriter json, SeedValue value)
        {
            switch (value.Kind)
            {
                case SeedValueKind.Null:
                    json.WriteNullValue();
                    break;
                case SeedValueKind.Boolean:
                    json.WriteBooleanValue(value.Text == "true");
                    break;
                case SeedValueKind.Number:
                    json.WriteRawNumberValue(value.Text);
                    break;
                default:
                    json.WriteStringValue(value.Text);
                    break;
            }
        }
    }
}
