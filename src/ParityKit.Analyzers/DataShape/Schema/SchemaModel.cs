using System;
using ParityKit.Analyzers.Common;

namespace ParityKit.Analyzers.DataShape.Schema
{
    /// <summary>A column as the migrations leave it. Store type as written in the migration (e.g. <c>TEXT</c>), null when none was.</summary>
    internal sealed record SchemaColumn(string Name, string? StoreType, bool Nullable);

    /// <summary>A table as the migrations leave it. A null schema is the default schema.</summary>
    internal sealed record SchemaTable(string? Schema, string Name, EquatableArray<SchemaColumn> Columns);

    internal enum SchemaChangeKind
    {
        RenameColumn,
        DropColumn,
        RenameTable,
        DropTable,
    }

    /// <summary>
    /// A rename or drop, remembered so a diagnostic can name the migration that made it. <see cref="Table"/> is the
    /// table's name when the change was made; <see cref="CurrentTable"/> its name after every later migration (null
    /// when a later migration dropped it). <see cref="NewName"/> is the column's or table's latest name.
    /// </summary>
    internal sealed record SchemaChange(
        SchemaChangeKind Kind,
        string? Schema,
        string Table,
        string? Column,
        string? NewName,
        string Migration,
        string? CurrentTable);

    /// <summary>A property of an entity in the model snapshot and the column it maps to.</summary>
    internal sealed record SnapshotProperty(string Name, string Column, string? ClrType, string? StoreType, bool Required, bool Generated);

    /// <summary>
    /// An entity type in the model snapshot (its CLR name as EF Core records it) and the table it maps to; no table for
    /// views, queries and functions. <see cref="Owned"/> marks owned and complex types, whose column names ParityKit
    /// does not try to work out when EF Core's conventions name them.
    /// </summary>
    internal sealed record SnapshotEntity(string EntityType, string? Schema, string? Table, bool Owned, EquatableArray<SnapshotProperty> Properties);

    /// <summary>What a <c>ModelSnapshot.BuildModel</c> says the model is now.</summary>
    internal sealed record SnapshotModel(string Context, string? DefaultSchema, EquatableArray<SnapshotEntity> Entities);

    /// <summary>
    /// One DbContext's schema: its migrations in order, the tables their replay leaves, the renames and drops on the
    /// way, and its model snapshot when the source has one.
    /// </summary>
    internal sealed record ContextSchema(
        string Context,
        string? Provider,
        EquatableArray<string> Migrations,
        EquatableArray<SchemaTable> Tables,
        EquatableArray<SchemaChange> Changes,
        SnapshotModel? Snapshot)
    {
        public string? LatestMigration => Migrations.IsEmpty ? null : Migrations[Migrations.Length - 1];

        /// <summary>The context's simple name (<c>StoreDbContext</c>), as messages show it.</summary>
        public string ShortContext
        {
            get
            {
                int dot = Context.LastIndexOf('.');
                return dot < 0 ? Context : Context.Substring(dot + 1);
            }
        }
    }

    /// <summary>Every context's schema in one assembly. Value-equatable, so it can flow through a generator pipeline.</summary>
    internal sealed record DatabaseSchema(EquatableArray<ContextSchema> Contexts)
    {
        public static readonly DatabaseSchema Empty = new(EquatableArray<ContextSchema>.Empty);

        public bool IsEmpty => Contexts.IsEmpty;
    }

    internal static class SqlNames
    {
        /// <summary>Identifiers compare case-insensitively: that is how SQL Server, SQLite and MySQL treat them, and it never invents a mismatch.</summary>
        public static readonly StringComparer Comparer = StringComparer.OrdinalIgnoreCase;

        public static bool Same(string? left, string? right) => string.Equals(left, right, StringComparison.OrdinalIgnoreCase);
    }
}
