using System.Collections.Generic;
using System.Collections.Immutable;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.DataShape;
using ParityKit.Analyzers.DataShape.Schema;
using ParityKit.Analyzers.Seeds.Models;

namespace ParityKit.Analyzers.Seeds
{
    /// <summary>
    /// Checks a seed baseline against the schemas the compilation sees (its own migrations first, then referenced
    /// migrations assemblies): which table and columns each entity maps to, which migration the seed is tied to, the
    /// principal-first order of its tables, and — when every row is constant — the export and its hash.
    /// </summary>
    internal static class SeedResolver
    {
        public static SeedBaselineModel Resolve(SeedClassModel seed, EquatableArray<DatabaseSchema> schemas)
        {
            var mapped = new Dictionary<string, (ContextSchema Context, SnapshotEntity Entity)?>(System.StringComparer.Ordinal);
            string? migration = null;
            foreach (SeedRowSet set in seed.Sets)
            {
                (ContextSchema Context, SnapshotEntity Entity)? found = Find(schemas, set.EntityType);
                mapped[set.EntityType] = found;
                migration ??= found?.Context.LatestMigration;
            }

            ImmutableArray<SeedRowSet> ordered = SeedTableOrder.Sort(seed.Sets.AsImmutableArray());
            var tables = new List<SeedExportTable>();
            foreach (SeedRowSet set in ordered)
            {
                (ContextSchema Context, SnapshotEntity Entity)? found = mapped[set.EntityType];
                string table = found?.Entity.Table ?? SimpleName(set.EntityType);
                string? schema = found?.Entity.Schema;
                SeedExportTable? existing = tables.Find(t => t.Table == table && t.Schema == schema);
                if (existing == null)
                {
                    existing = new SeedExportTable(table, schema, set.EntityType);
                    tables.Add(existing);
                }

                foreach (SeedRow row in set.Rows)
                {
                    existing.Rows.Add(ToColumns(row, found?.Entity));
                }
            }

            var counts = ImmutableArray.CreateBuilder<SeedTableRows>(tables.Count);
            foreach (SeedExportTable table in tables)
            {
                counts.Add(new SeedTableRows(table.Table, table.Rows.Count));
            }

            var setOrder = ImmutableArray.CreateBuilder<string>(ordered.Length);
            foreach (SeedRowSet set in ordered)
            {
                setOrder.Add(set.Method);
            }

            string? hash = null;
            string? export = null;
            if (seed.Exportable)
            {
                hash = SeedExportJson.Hash(tables);
                export = SeedExportJson.Write(seed.Name, migration, hash, tables);
            }

            return new SeedBaselineModel(seed, migration, hash, export, counts.ToImmutable().ToEquatableArray(), setOrder.ToImmutable().ToEquatableArray());
        }

        /// <summary>The snapshot entity for an EF Core CLR type name, in any schema the compilation sees.</summary>
        public static (ContextSchema Context, SnapshotEntity Entity)? Find(EquatableArray<DatabaseSchema> schemas, string entityType)
        {
            foreach (DatabaseSchema schema in schemas)
            {
                foreach (ContextSchema context in schema.Contexts)
                {
                    foreach (SnapshotEntity entity in context.Snapshot?.Entities ?? EquatableArray<SnapshotEntity>.Empty)
                    {
                        if (!entity.Owned && entity.Table != null && entity.EntityType == entityType)
                        {
                            return (context, entity);
                        }
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// A row as columns, sorted by column name (so reordering an initializer changes nothing). Members with no
        /// column in a known entity are left out: PK1004 reports them, and the export must load into the real schema.
        /// Required, non-generated value-typed columns the row leaves unset get the CLR default EF Core would insert.
        /// </summary>
        private static ImmutableArray<SeedValue> ToColumns(SeedRow row, SnapshotEntity? entity)
        {
            var columns = new List<SeedValue>(row.Values.Length);
            if (entity == null)
            {
                columns.AddRange(row.Values);
            }
            else
            {
                foreach (SnapshotProperty property in entity.Properties)
                {
                    SeedValue? set = null;
                    foreach (SeedValue value in row.Values)
                    {
                        if (value.Member == property.Name)
                        {
                            set = value with { Member = property.Column };
                        }
                    }

                    if (set == null && property.Required && !property.Generated)
                    {
                        set = SeedColumnDefaults.For(property.Column, property.ClrType);
                    }

                    if (set != null)
                    {
                        columns.Add(set);
                    }
                }
            }

            columns.Sort(static (a, b) => string.CompareOrdinal(a.Member, b.Member));
            return columns.ToImmutableArray();
        }

        private static string SimpleName(string entityType)
        {
            int dot = entityType.LastIndexOf('.');
            return dot < 0 ? entityType : entityType.Substring(dot + 1);
        }
    }

    /// <summary>One table of a seed export while it is being built (not a pipeline value).</summary>
    internal sealed class SeedExportTable
    {
        public SeedExportTable(string table, string? schema, string entityType)
        {
            Table = table;
            Schema = schema;
            EntityType = entityType;
        }

        public string Table { get; }

        public string? Schema { get; }

        public string EntityType { get; }

        public List<ImmutableArray<SeedValue>> Rows { get; } = new();
    }
}
