using System.Collections.Generic;
using System.Collections.Immutable;

namespace ParityKit.Analyzers.DataShape.Sql
{
    /// <summary>A table named in a FROM, JOIN, UPDATE, INSERT INTO, DELETE FROM or MERGE clause.</summary>
    internal sealed class SqlTableReference
    {
        public SqlTableReference(SqlToken name, string? schema)
        {
            Name = name;
            Schema = schema;
        }

        public SqlToken Name { get; }

        public string? Schema { get; }

        public string? Alias { get; set; }

        public override string ToString() => (Schema == null ? string.Empty : Schema + ".") + Name.Value + (Alias == null ? string.Empty : " " + Alias);
    }

    /// <summary>
    /// A column named in an expression or an INSERT column list, with the tables it can belong to. No candidates
    /// means the extractor cannot tell (a CTE, a subquery, a function or a hole is in scope, or the qualifier is not a
    /// table it knows): the check then leaves the column alone.
    /// </summary>
    internal sealed class SqlColumnReference
    {
        public SqlColumnReference(SqlToken name, bool qualified, ImmutableArray<SqlTableReference> candidates)
        {
            Name = name;
            Qualified = qualified;
            Candidates = candidates;
        }

        public SqlToken Name { get; }

        /// <summary>Written as <c>alias.column</c> (or bound by an INSERT column list), so exactly one table is meant.</summary>
        public bool Qualified { get; }

        public ImmutableArray<SqlTableReference> Candidates { get; }

        public override string ToString() => Name.Value + " -> [" + string.Join(", ", Candidates) + "]";
    }

    /// <summary>What <see cref="SqlReferenceExtractor"/> found in one SQL text.</summary>
    internal sealed class SqlReferences
    {
        public static readonly SqlReferences NotUnderstood = new(false, ImmutableArray<SqlTableReference>.Empty, ImmutableArray<SqlColumnReference>.Empty, ImmutableHashSet<string>.Empty);

        public SqlReferences(bool understood, ImmutableArray<SqlTableReference> tables, ImmutableArray<SqlColumnReference> columns, ImmutableHashSet<string> aliases)
        {
            Understood = understood;
            Tables = tables;
            Columns = columns;
            Aliases = aliases;
        }

        /// <summary>False when the text could not be read (unterminated quote or comment, unbalanced parentheses).</summary>
        public bool Understood { get; }

        public ImmutableArray<SqlTableReference> Tables { get; }

        public ImmutableArray<SqlColumnReference> Columns { get; }

        /// <summary>Names the SQL defines itself (column aliases, CTE and derived-table column lists); never reported as columns.</summary>
        public ImmutableHashSet<string> Aliases { get; }

        public bool IsAlias(string name) => Aliases.Contains(name);

        internal static IEqualityComparer<string> NameComparer => System.StringComparer.OrdinalIgnoreCase;
    }
}
