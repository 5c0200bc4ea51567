using System.Collections.Generic;
using System.Collections.Immutable;

namespace ParityKit.Analyzers.DataShape.Schema
{
    /// <summary>A table of one context, with its columns ready for look-up.</summary>
    internal sealed class IndexedTable
    {
        private readonly HashSet<string> _columns;

        public IndexedTable(ContextSchema context, SchemaTable table)
        {
            Context = context;
            Table = table;
            _columns = new HashSet<string>(SqlNames.Comparer);
            foreach (SchemaColumn column in table.Columns)
            {
                _columns.Add(column.Name);
            }
        }

        public ContextSchema Context { get; }

        public SchemaTable Table { get; }

        public bool HasColumn(string name) => _columns.Contains(name);
    }

    /// <summary>Where a table name in SQL leads: a live table, a table renamed or dropped by a migration, or nothing known.</summary>
    internal readonly struct TableLookup
    {
        public TableLookup(ImmutableArray<IndexedTable> tables, SchemaChange? change, ContextSchema? changeContext)
        {
            Tables = tables;
            Change = change;
            ChangeContext = changeContext;
        }

        /// <summary>The live tables (one per context that has it); after a rename, the table under its new name.</summary>
        public ImmutableArray<IndexedTable> Tables { get; }

        /// <summary>Set when the name is one a migration renamed away or dropped.</summary>
        public SchemaChange? Change { get; }

        public ContextSchema? ChangeContext { get; }

        public bool IsUnknown => Tables.IsDefaultOrEmpty && Change == null;
    }

    /// <summary>
    /// Look-ups over every schema a compilation sees, built once per compilation. Names compare case-insensitively;
    /// a name known in several contexts counts as known when any of them has it.
    /// </summary>
    internal sealed class SchemaIndex
    {
        public static readonly SchemaIndex Empty = new(ImmutableArray<DatabaseSchema>.Empty);

        private readonly Dictionary<string, List<IndexedTable>> _tables = new(SqlNames.Comparer);
        private readonly Dictionary<string, (ContextSchema Context, SchemaChange Change)> _tableChanges = new(SqlNames.Comparer);
        private readonly Dictionary<string, SchemaChange> _columnChanges = new(SqlNames.Comparer);

        public SchemaIndex(ImmutableArray<DatabaseSchema> schemas)
        {
            Schemas = schemas;
            foreach (DatabaseSchema schema in schemas)
            {
                foreach (ContextSchema context in schema.Contexts)
                {
                    foreach (SchemaTable table in context.Tables)
                    {
                        if (!_tables.TryGetValue(table.Name, out List<IndexedTable>? list))
                        {
                            list = new List<IndexedTable>();
                            _tables.Add(table.Name, list);
                        }

                        list.Add(new IndexedTable(context, table));
                    }

                    // Later changes overwrite earlier ones: the latest migration that touched a name is the one to name.
                    foreach (SchemaChange change in context.Changes)
                    {
                        if (change.Kind is SchemaChangeKind.RenameTable or SchemaChangeKind.DropTable)
                        {
                            _tableChanges[change.Table] = (context, change);
                        }
                        else if (change.CurrentTable != null && change.Column != null)
                        {
                            _columnChanges[ColumnKey(context, change.CurrentTable, change.Column)] = change;
                        }
                    }
                }
            }
        }

        public ImmutableArray<DatabaseSchema> Schemas { get; }

        public bool IsEmpty => _tables.Count == 0 && _tableChanges.Count == 0;

        public TableLookup LookupTable(string? schema, string name)
        {
            if (_tables.TryGetValue(name, out List<IndexedTable>? live))
            {
                ImmutableArray<IndexedTable> matching = Filter(live, schema);
                if (!matching.IsEmpty)
                {
                    return new TableLookup(matching, null, null);
                }
            }

            if (_tableChanges.TryGetValue(name, out (ContextSchema Context, SchemaChange Change) changed)
                && (schema == null || changed.Change.Schema == null || SqlNames.Same(schema, changed.Change.Schema)))
            {
                ImmutableArray<IndexedTable> renamedTo = ImmutableArray<IndexedTable>.Empty;
                if (changed.Change.NewName != null && _tables.TryGetValue(changed.Change.NewName, out List<IndexedTable>? target))
                {
                    renamedTo = target.FindAll(t => t.Context == changed.Context).ToImmutableArray();
                }

                return new TableLookup(renamedTo, changed.Change, changed.Context);
            }

            return new TableLookup(ImmutableArray<IndexedTable>.Empty, null, null);
        }

        /// <summary>The rename or drop that took <paramref name="column"/> away from <paramref name="table"/>, if any.</summary>
        public SchemaChange? FindColumnChange(IndexedTable table, string column) =>
            _columnChanges.TryGetValue(ColumnKey(table.Context, table.Table.Name, column), out SchemaChange? change) ? change : null;

        private static ImmutableArray<IndexedTable> Filter(List<IndexedTable> tables, string? schema)
        {
            if (schema == null)
            {
                return tables.ToImmutableArray();
            }

            return tables.FindAll(t => t.Table.Schema == null || SqlNames.Same(t.Table.Schema, schema)).ToImmutableArray();
        }

        private static string ColumnKey(ContextSchema context, string table, string column) => context.Context + "\u0000" + table + "\u0000" + column;
    }
}
