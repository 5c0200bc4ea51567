using ParityKit.Analyzers.DataShape.Schema;

namespace ParityKit.Analyzers.DataShape.Sql
{
    internal enum SqlFindingKind
    {
        /// <summary>PK1001: a column a migration renamed.</summary>
        RenamedColumn,

        /// <summary>PK1001: a column a migration dropped.</summary>
        DroppedColumn,

        /// <summary>PK1002: a table a migration renamed.</summary>
        RenamedTable,

        /// <summary>PK1002: a table a migration dropped.</summary>
        DroppedTable,

        /// <summary>PK1002: a column no migration ever gave a known table.</summary>
        UnknownColumn,
    }

    /// <summary>
    /// One name in the SQL that the schema contradicts. <see cref="Token"/> locates it in the SQL text;
    /// <see cref="NewName"/> is set for renames, which the code fix applies.
    /// </summary>
    internal sealed class SqlFinding
    {
        public SqlFinding(SqlFindingKind kind, SqlToken token, string table, string? newName, string? migration, ContextSchema context)
        {
            Kind = kind;
            Token = token;
            Table = table;
            NewName = newName;
            Migration = migration;
            Context = context;
        }

        public SqlFindingKind Kind { get; }

        public SqlToken Token { get; }

        public string Name => Token.Value;

        public string Table { get; }

        public string? NewName { get; }

        public string? Migration { get; }

        public ContextSchema Context { get; }

        public bool IsColumnRule => Kind is SqlFindingKind.RenamedColumn or SqlFindingKind.DroppedColumn;
    }
}
