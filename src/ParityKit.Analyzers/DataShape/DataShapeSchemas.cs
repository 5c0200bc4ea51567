using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using ParityKit.Analyzers.DataShape.Schema;
using ParityKit.Analyzers.DataShape.SchemaSummary;

namespace ParityKit.Analyzers.DataShape
{
    /// <summary>
    /// The schemas a compilation sees, read once per compilation however many data-shape analyzers ask, and only when
    /// one first needs them (a compilation with no SQL sink and no mapping never pays for it).
    /// </summary>
    internal sealed class DataShapeSchemas
    {
        private static readonly ConditionalWeakTable<Compilation, DataShapeSchemas> Cache = new();

        private readonly Lazy<SchemaIndex> _index;

        private DataShapeSchemas(Compilation compilation)
        {
            _index = new Lazy<SchemaIndex>(() => new SchemaIndex(SchemaCatalog.Load(compilation)), LazyThreadSafetyMode.ExecutionAndPublication);
            Own = new Lazy<DatabaseSchema?>(() => SchemaCatalog.LoadOwn(compilation), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        /// <summary>Every schema: this compilation's own summary and those of referenced migrations assemblies.</summary>
        public SchemaIndex Index => _index.Value;

        /// <summary>This compilation's own summary (its migrations and snapshots in source), if it has one.</summary>
        public Lazy<DatabaseSchema?> Own { get; }

        public static DataShapeSchemas For(Compilation compilation) => Cache.GetValue(compilation, static c => new DataShapeSchemas(c));

        /// <summary>The snapshot entity EF Core records for a CLR type, from any context that has a snapshot.</summary>
        public static (ContextSchema Context, SnapshotEntity Entity)? FindEntity(SchemaIndex index, ITypeSymbol type)
        {
            string name = EfNames.FullName(type);
            foreach (DatabaseSchema schema in index.Schemas)
            {
                foreach (ContextSchema context in schema.Contexts)
                {
                    if (context.Snapshot == null)
                    {
                        continue;
                    }

                    foreach (SnapshotEntity entity in context.Snapshot.Entities)
                    {
                        if (!entity.Owned && entity.EntityType == name)
                        {
                            return (context, entity);
                        }
                    }
                }
            }

            return null;
        }

        /// <summary>The replayed table of a context with the given name.</summary>
        public static SchemaTable? FindTable(ContextSchema context, string? name)
        {
            foreach (SchemaTable table in context.Tables)
            {
                if (SqlNames.Same(table.Name, name))
                {
                    return table;
                }
            }

            return null;
        }
    }
}
