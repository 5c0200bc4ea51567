using System.Collections.Generic;
using System.Collections.Immutable;
using ParityKit.Analyzers.DataShape.Schema;

namespace ParityKit.Analyzers.DataShape.Sql
{
    /// <summary>
    /// Checks what <see cref="SqlReferenceExtractor"/> found against the schema the migrations produce. It speaks only
    /// about tables the schema knows (live, renamed or dropped): views, functions, other databases and names it has
    /// never seen are left alone, and so is any column that could belong to something it cannot see into.
    /// </summary>
    internal static class SqlSchemaChecker
    {
        public static ImmutableArray<SqlFinding> Check(SqlReferences references, SchemaIndex schema)
        {
            if (!references.Understood || schema.IsEmpty)
            {
                return ImmutableArray<SqlFinding>.Empty;
            }

            ImmutableArray<SqlFinding>.Builder findings = ImmutableArray.CreateBuilder<SqlFinding>();
            var lookups = new Dictionary<SqlTableReference, TableLookup>();
            foreach (SqlTableReference table in references.Tables)
            {
                TableLookup lookup = schema.LookupTable(table.Schema, table.Name.Value);
                lookups[table] = lookup;
                if (lookup.Change is { } change)
                {
                    findings.Add(new SqlFinding(
                        change.Kind == SchemaChangeKind.RenameTable && change.NewName != null ? SqlFindingKind.RenamedTable : SqlFindingKind.DroppedTable,
                        table.Name,
                        change.Table,
                        change.NewName,
                        change.Migration,
                        lookup.ChangeContext!));
                }
            }

            foreach (SqlColumnReference column in references.Columns)
            {
                if (column.Candidates.IsEmpty || (!column.Qualified && references.IsAlias(column.Name.Value)))
                {
                    continue;
                }

                if (CheckColumn(column, lookups, schema) is { } finding)
                {
                    findings.Add(finding);
                }
            }

            return findings.ToImmutable();
        }

        private static SqlFinding? CheckColumn(SqlColumnReference column, Dictionary<SqlTableReference, TableLookup> lookups, SchemaIndex schema)
        {
            string name = column.Name.Value;
            var tables = new List<IndexedTable>();
            foreach (SqlTableReference candidate in column.Candidates)
            {
                if (!lookups.TryGetValue(candidate, out TableLookup lookup) || lookup.Tables.IsDefaultOrEmpty)
                {
                    // A table the schema does not know (or one dropped): the column may be its.
                    return null;
                }

                tables.AddRange(lookup.Tables);
            }

            foreach (IndexedTable table in tables)
            {
                if (table.HasColumn(name))
                {
                    return null;
                }
            }

            foreach (IndexedTable table in tables)
            {
                if (schema.FindColumnChange(table, name) is { } change)
                {
                    return new SqlFinding(
                        change.Kind == SchemaChangeKind.RenameColumn && change.NewName != null ? SqlFindingKind.RenamedColumn : SqlFindingKind.DroppedColumn,
                        column.Name,
                        table.Table.Name,
                        change.NewName,
                        change.Migration,
                        table.Context);
                }
            }

            // Unknown outright: said only when exactly one table is meant, so a column of an outer query is never blamed.
            if (column.Qualified || column.Candidates.Length == 1)
            {
                IndexedTable table = tables[0];
                return new SqlFinding(SqlFindingKind.UnknownColumn, column.Name, table.Table.Name, null, table.Context.LatestMigration, table.Context);
            }

            return null;
        }
    }
}
