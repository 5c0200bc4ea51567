using System.Security.Cryptography;
using System.Text;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.DataShape.Schema;
using ParityKit.Analyzers.Manifest.Models;

namespace ParityKit.Analyzers.DataShape
{
    /// <summary>
    /// Chooses the schema the manifest describes and hashes it. The manifest has one <c>database</c>: the context named
    /// by <c>paritykit.database_context</c> if set and found, else the first context (by name) with migrations in the
    /// project's own source, else in the referenced migrations assemblies in reference order. An app whose migrations
    /// live in a referenced project therefore describes that project's context.
    /// </summary>
    internal static class DatabaseManifestBuilder
    {
        /// <summary>Written when no single EF Core provider could be told from the references.</summary>
        public const string UnknownProvider = "unknown";

        public static DatabaseManifest? Build(DatabaseSchema own, EquatableArray<DatabaseSchema> referenced, string? preferredContext = null)
        {
            ContextSchema? chosen = Named(own, preferredContext);
            foreach (DatabaseSchema schema in referenced)
            {
                chosen ??= Named(schema, preferredContext);
            }

            chosen ??= FirstWithMigrations(own);
            foreach (DatabaseSchema schema in referenced)
            {
                chosen ??= FirstWithMigrations(schema);
            }

            if (chosen == null)
            {
                return null;
            }

            return new DatabaseManifest(
                chosen.Provider ?? UnknownProvider,
                chosen.ShortContext,
                chosen.Migrations,
                chosen.LatestMigration,
                Hash(chosen.Tables),
                chosen.Tables);
        }

        /// <summary>
        /// <c>sha256:</c> and the lower-case hex SHA-256 of the tables (already in ordinal order) and their columns (in
        /// migration order) with store types and nullability, one record a line. Migration ids are not part of it: a
        /// migration that changes nothing (data only) keeps the hash.
        /// </summary>
        public static string Hash(EquatableArray<SchemaTable> tables)
        {
            var text = new StringBuilder();
            foreach (SchemaTable table in tables)
            {
                text.Append("table\t").Append(table.Schema ?? string.Empty).Append('\t').Append(table.Name).Append('\n');
                foreach (SchemaColumn column in table.Columns)
                {
                    text.Append("column\t").Append(column.Name).Append('\t').Append(column.StoreType ?? string.Empty)
                        .Append('\t').Append(column.Nullable ? "null" : "not null").Append('\n');
                }
            }

            using SHA256 sha = SHA256.Create();
            byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text.ToString()));
            var hex = new StringBuilder("sha256:", 7 + (hash.Length * 2));
            foreach (byte b in hash)
            {
                hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }

            return hex.ToString();
        }

        private static ContextSchema? Named(DatabaseSchema schema, string? name)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                return null;
            }

            foreach (ContextSchema context in schema.Contexts)
            {
                if (string.Equals(context.ShortContext, name!.Trim(), System.StringComparison.Ordinal)
                    || string.Equals(context.Context, name.Trim(), System.StringComparison.Ordinal))
                {
                    return context;
                }
            }

            return null;
        }

        private static ContextSchema? FirstWithMigrations(DatabaseSchema schema)
        {
            foreach (ContextSchema context in schema.Contexts)
            {
                if (!context.Migrations.IsEmpty)
                {
                    return context;
                }
            }

            return null;
        }
    }
}
