using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ParityKit.Analyzers.Common;

namespace ParityKit.Analyzers.DataShape.Schema
{
    /// <summary>
    /// Replays each context's migrations in <c>[Migration("id")]</c> order (ordinal, as EF Core orders them) into the
    /// tables they leave, remembering every rename and drop with the migration that made it. A pure function of
    /// value-equatable inputs: the generator caches it, and the same input always gives the same schema.
    /// </summary>
    internal static class MigrationReplayer
    {
        public static DatabaseSchema Replay(
            IEnumerable<MigrationHeader> headers,
            IEnumerable<MigrationBody> bodies,
            IEnumerable<SnapshotModel> snapshots,
            string? provider)
        {
            var bodyByType = new Dictionary<string, MigrationBody>(StringComparer.Ordinal);
            foreach (MigrationBody body in bodies)
            {
                bodyByType[body.TypeName] = body;
            }

            var snapshotByContext = new Dictionary<string, SnapshotModel>(StringComparer.Ordinal);
            foreach (SnapshotModel snapshot in snapshots.OrderBy(s => s.Context, StringComparer.Ordinal))
            {
                if (!snapshotByContext.ContainsKey(snapshot.Context))
                {
                    snapshotByContext.Add(snapshot.Context, snapshot);
                }
            }

            var headersByContext = headers
                .GroupBy(h => h.Context, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.OrderBy(h => h.Id, StringComparer.Ordinal).ThenBy(h => h.TypeName, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);

            ImmutableArray<ContextSchema>.Builder contexts = ImmutableArray.CreateBuilder<ContextSchema>();
            foreach (string context in headersByContext.Keys.Concat(snapshotByContext.Keys).Distinct(StringComparer.Ordinal).OrderBy(c => c, StringComparer.Ordinal))
            {
                var replay = new ContextReplay();
                var migrationIds = ImmutableArray.CreateBuilder<string>();
                if (headersByContext.TryGetValue(context, out List<MigrationHeader>? ordered))
                {
                    foreach (MigrationHeader header in ordered)
                    {
                        migrationIds.Add(header.Id);
                        if (bodyByType.TryGetValue(header.TypeName, out MigrationBody? body))
                        {
                            foreach (MigrationOperation operation in body.Operations)
                            {
                                replay.Apply(operation, header.Id);
                            }
                        }
                    }
                }

                snapshotByContext.TryGetValue(context, out SnapshotModel? contextSnapshot);
                contexts.Add(new ContextSchema(
                    context,
                    provider,
                    migrationIds.ToImmutable().ToEquatableArray(),
                    replay.Tables(),
                    replay.Changes(),
                    contextSnapshot));
            }

            return new DatabaseSchema(contexts.ToImmutable().ToEquatableArray());
        }

        /// <summary>Mutable replay state for one context. Tables and columns are identities, so renames made later still resolve.</summary>
        private sealed class ContextReplay
        {
            private readonly List<TableState> _tables = new();
            private readonly List<PendingChange> _changes = new();

            public void Apply(MigrationOperation op, string migration)
            {
                switch (op.Kind)
                {
                    case MigrationOperationKind.CreateTable:
                        TableState? existing = Find(op.Schema, op.Name);
                        if (existing != null)
                        {
                            _tables.Remove(existing);
                        }

                        var table = new TableState(op.Schema, op.Name);
                        foreach (SchemaColumn column in op.Columns)
                        {
                            table.Columns.Add(new ColumnState(column.Name, column.StoreType, column.Nullable));
                        }

                        _tables.Add(table);
                        break;

                    case MigrationOperationKind.DropTable:
                        if (Find(op.Schema, op.Name) is { } dropped)
                        {
                            _tables.Remove(dropped);
                            dropped.Dropped = true;
                            _changes.Add(new PendingChange(SchemaChangeKind.DropTable, dropped.Name, dropped, null, migration) { Schema = dropped.Schema });
                        }

                        break;

                    case MigrationOperationKind.RenameTable:
                        if (Find(op.Schema, op.Name) is { } renamed)
                        {
                            if (op.NewName != null && !SqlNames.Same(op.NewName, renamed.Name))
                            {
                                _changes.Add(new PendingChange(SchemaChangeKind.RenameTable, renamed.Name, renamed, null, migration) { Schema = renamed.Schema });
                                renamed.Name = op.NewName;
                            }

                            if (op.NewSchema != null)
                            {
                                renamed.Schema = op.NewSchema;
                            }
                        }

                        break;

                    case MigrationOperationKind.AddColumn:
                        if (Find(op.Schema, op.Table) is { } addTo)
                        {
                            addTo.Columns.RemoveAll(c => SqlNames.Same(c.Name, op.Name));
                            addTo.Columns.Add(new ColumnState(op.Name, op.StoreType, op.Nullable));
                        }

                        break;

                    case MigrationOperationKind.DropColumn:
                        if (Find(op.Schema, op.Table) is { } dropFrom && dropFrom.Column(op.Name) is { } droppedColumn)
                        {
                            dropFrom.Columns.Remove(droppedColumn);
                            droppedColumn.Dropped = true;
                            _changes.Add(new PendingChange(SchemaChangeKind.DropColumn, dropFrom.Name, dropFrom, droppedColumn, migration) { Column = droppedColumn.Name });
                        }

                        break;

                    case MigrationOperationKind.RenameColumn:
                        if (Find(op.Schema, op.Table) is { } renameIn && renameIn.Column(op.Name) is { } renamedColumn && op.NewName != null)
                        {
                            _changes.Add(new PendingChange(SchemaChangeKind.RenameColumn, renameIn.Name, renameIn, renamedColumn, migration) { Column = renamedColumn.Name });
                            renamedColumn.Name = op.NewName;
                        }

                        break;

                    case MigrationOperationKind.AlterColumn:
                        if (Find(op.Schema, op.Table) is { } alterIn && alterIn.Column(op.Name) is { } altered)
                        {
                            altered.StoreType = op.StoreType ?? altered.StoreType;
                            altered.Nullable = op.Nullable;
                        }

                        break;
                }
            }

            public EquatableArray<SchemaTable> Tables() => _tables
                .OrderBy(t => t.Schema ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(t => t.Name, StringComparer.Ordinal)
                .Select(t => new SchemaTable(
                    t.Schema,
                    t.Name,
                    t.Columns.Select(c => new SchemaColumn(c.Name, c.StoreType, c.Nullable)).ToEquatableArray()))
                .ToEquatableArray();

            public EquatableArray<SchemaChange> Changes() => _changes
                .Select(c => new SchemaChange(
                    c.Kind,
                    c.Schema ?? c.TableState.Schema,
                    c.Table,
                    c.Column,
                    c.Kind switch
                    {
                        SchemaChangeKind.RenameColumn => c.ColumnState!.Dropped ? null : c.ColumnState.Name,
                        SchemaChangeKind.RenameTable => c.TableState.Dropped ? null : c.TableState.Name,
                        _ => null,
                    },
                    c.Migration,
                    c.TableState.Dropped ? null : c.TableState.Name))
                .ToEquatableArray();

            private TableState? Find(string? schema, string? name)
            {
                if (name == null)
                {
                    return null;
                }

                // The last match wins: a table created again after a drop is the live one.
                for (int i = _tables.Count - 1; i >= 0; i--)
                {
                    TableState table = _tables[i];
                    if (SqlNames.Same(table.Name, name) && (schema == null || table.Schema == null || SqlNames.Same(schema, table.Schema)))
                    {
                        return table;
                    }
                }

                return null;
            }
        }

        private sealed class TableState
        {
            public TableState(string? schema, string name)
            {
                Schema = schema;
                Name = name;
            }

            public string? Schema { get; set; }

            public string Name { get; set; }

            public bool Dropped { get; set; }

            public List<ColumnState> Columns { get; } = new();

            public ColumnState? Column(string name) => Columns.Find(c => SqlNames.Same(c.Name, name));
        }

        private sealed class ColumnState
        {
            public ColumnState(string name, string? storeType, bool nullable)
            {
                Name = name;
                StoreType = storeType;
                Nullable = nullable;
            }

            public string Name { get; set; }

            public string? StoreType { get; set; }

            public bool Nullable { get; set; }

            public bool Dropped { get; set; }
        }

        private sealed class PendingChange
        {
            public PendingChange(SchemaChangeKind kind, string table, TableState tableState, ColumnState? columnState, string migration)
            {
                Kind = kind;
                Table = table;
                TableState = tableState;
                ColumnState = columnState;
                Migration = migration;
            }

            public SchemaChangeKind Kind { get; }

            public string Table { get; }

            public TableState TableState { get; }

            public ColumnState? ColumnState { get; }

            public string Migration { get; }

            public string? Schema { get; set; }

            public string? Column { get; set; }
        }
    }
}
