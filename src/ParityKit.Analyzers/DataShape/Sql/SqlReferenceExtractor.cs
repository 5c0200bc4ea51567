using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace ParityKit.Analyzers.DataShape.Sql
{
    /// <summary>
    /// Finds the tables and columns a SQL text names, and which tables each column can belong to. It follows scopes
    /// (subqueries, CTEs, UNION branches), aliases (<c>users u</c>, <c>AS total</c>), joins and INSERT column lists.
    /// It is not a SQL parser: when a name could belong to something it does not know (a CTE, a derived table, a
    /// table-valued function, a hole), the column gets no candidates and the check leaves it alone. One pass over the
    /// tokens; never throws.
    /// </summary>
    internal static class SqlReferenceExtractor
    {
        public static SqlReferences Extract(string sql)
        {
            ImmutableArray<SqlToken> tokens = SqlTokenizer.Tokenize(sql);
            foreach (SqlToken token in tokens)
            {
                if (token.Kind == SqlTokenKind.Error)
                {
                    return SqlReferences.NotUnderstood;
                }
            }

            var parser = new Parser(tokens);
            return parser.Run();
        }

        private enum FrameKind
        {
            Subquery,
            CteBody,
            Function,
            Group,
            InsertColumns,
            AliasColumns,
            Hint,
        }

        private enum Clause
        {
            None,
            Select,
            From,
            Expression,
        }

        private enum CteState
        {
            None,
            ExpectName,
            AfterName,
            ExpectBody,
            AfterBody,
        }

        private sealed class Source
        {
            public Source(SqlTableReference? table, string? name)
            {
                Table = table;
                Name = name;
            }

            private string? _alias;

            /// <summary>Null for a source the extractor cannot see into (derived table, CTE, function, hole).</summary>
            public SqlTableReference? Table { get; }

            public string? Name { get; }

            public string? Alias
            {
                get => _alias;
                set
                {
                    _alias = value;
                    if (Table != null)
                    {
                        Table.Alias = value;
                    }
                }
            }

            public bool Matches(string qualifier) => Alias != null
                ? SqlReferences.NameComparer.Equals(Alias, qualifier)
                : Name != null && SqlReferences.NameComparer.Equals(Name, qualifier);
        }

        private sealed class Scope
        {
            public Scope(Scope? parent)
            {
                Parent = parent;
            }

            public Scope? Parent { get; }

            public List<Source> Sources { get; } = new();

            public bool HasUnknownSource { get; set; }
        }

        private sealed class Frame
        {
            public Frame(FrameKind kind, Scope outerScope, Clause outerClause, bool outerExpectSource)
            {
                Kind = kind;
                OuterScope = outerScope;
                OuterClause = outerClause;
                OuterExpectSource = outerExpectSource;
            }

            public FrameKind Kind { get; }

            public Scope OuterScope { get; }

            public Clause OuterClause { get; }

            public bool OuterExpectSource { get; }

            /// <summary>A subquery that stands where a table would (<c>FROM (SELECT ...) s</c>).</summary>
            public bool IsDerivedTable { get; set; }

            public SqlTableReference? InsertTarget { get; set; }
        }

        private readonly struct PendingColumn
        {
            public PendingColumn(SqlToken name, string? qualifier, Scope scope, SqlTableReference? target)
            {
                Name = name;
                Qualifier = qualifier;
                Scope = scope;
                Target = target;
            }

            public SqlToken Name { get; }

            public string? Qualifier { get; }

            public Scope Scope { get; }

            public SqlTableReference? Target { get; }
        }

        private sealed class Parser
        {
            private readonly ImmutableArray<SqlToken> _tokens;
            private readonly List<SqlTableReference> _tables = new();
            private readonly List<PendingColumn> _columns = new();
            private readonly HashSet<string> _aliases = new(SqlReferences.NameComparer);
            private readonly HashSet<string> _cteNames = new(SqlReferences.NameComparer);
            private readonly Stack<Frame> _frames = new();

            private Scope _scope = new(null);
            private Clause _clause;
            private bool _expectSource;
            private Source? _aliasableSource;
            private SqlTableReference? _pendingInsertTarget;
            private bool _inMerge;
            private CteState _cte;
            private bool _statementStart = true;
            private int _pos;

            public Parser(ImmutableArray<SqlToken> tokens)
            {
                _tokens = tokens;
            }

            public SqlReferences Run()
            {
                for (_pos = 0; _pos < _tokens.Length; _pos++)
                {
                    SqlToken token = _tokens[_pos];
                    if (_statementStart)
                    {
                        _statementStart = false;
                        if (token.Kind == SqlTokenKind.Word && SqlKeywords.IsOpaqueStatementStart(token.Value))
                        {
                            SkipStatement();
                            continue;
                        }
                    }

                    Source? aliasable = _aliasableSource;
                    _aliasableSource = null;
                    switch (token.Kind)
                    {
                        case SqlTokenKind.Symbol:
                            if (!OnSymbol(token))
                            {
                                return SqlReferences.NotUnderstood;
                            }

                            break;
                        case SqlTokenKind.Word when SqlKeywords.IsKeyword(token.Value):
                            OnKeyword(token, aliasable);
                            break;
                        case SqlTokenKind.Word:
                        case SqlTokenKind.QuotedIdentifier:
                            OnIdentifier(token, aliasable);
                            break;
                        case SqlTokenKind.Hole:
                        case SqlTokenKind.Parameter:
                            if (_expectSource)
                            {
                                // FROM {table} or FROM @tvp: a source nobody can see into.
                                AddUnknownSource();
                                _expectSource = false;
                            }

                            break;
                    }
                }

                if (_frames.Count != 0)
                {
                    return SqlReferences.NotUnderstood;
                }

                return new SqlReferences(true, _tables.ToImmutableArray(), Bind(), _aliases.ToImmutableHashSet(SqlReferences.NameComparer));
            }

            private bool AtScopeLevel => _frames.Count == 0 || _frames.Peek().Kind is FrameKind.Subquery or FrameKind.CteBody;

            private bool InFunction => _frames.Count > 0 && _frames.Peek().Kind == FrameKind.Function;

            private SqlToken Previous => _pos > 0 ? _tokens[_pos - 1] : SqlToken.EndOfText;

            private SqlToken Peek(int offset = 1) => _pos + offset < _tokens.Length ? _tokens[_pos + offset] : SqlToken.EndOfText;

            private void SkipStatement()
            {
                while (_pos + 1 < _tokens.Length && !_tokens[_pos + 1].IsSymbol(";"))
                {
                    _pos++;
                }
            }

            private bool OnSymbol(SqlToken token)
            {
                switch (token.Value)
                {
                    case ";" when _frames.Count == 0:
                        _scope = new Scope(null);
                        _clause = Clause.None;
                        _expectSource = false;
                        _inMerge = false;
                        _cte = CteState.None;
                        _statementStart = true;
                        return true;
                    case "(":
                        OpenParenthesis();
                        return true;
                    case ")":
                        return CloseParenthesis();
                    case "," when AtScopeLevel:
                        if (_clause == Clause.From)
                        {
                            _expectSource = true;
                        }
                        else if (_cte == CteState.AfterBody)
                        {
                            _cte = CteState.ExpectName;
                        }

                        return true;
                    case "::":
                        // PostgreSQL cast: the next word is a type.
                        if (Peek().Kind == SqlTokenKind.Word)
                        {
                            _pos++;
                        }

                        return true;
                    default:
                        return true;
                }
            }

            private void OpenParenthesis()
            {
                SqlToken next = Peek();
                bool query = next.Kind == SqlTokenKind.Word
                    && (Is(next, "SELECT") || Is(next, "WITH") || Is(next, "VALUES"));
                if (_cte == CteState.ExpectBody)
                {
                    Push(FrameKind.CteBody);
                    _scope = new Scope(null);
                    _cte = CteState.None;
                    return;
                }

                if (_cte == CteState.AfterName)
                {
                    Push(FrameKind.AliasColumns);
                    return;
                }

                if (query)
                {
                    Frame frame = Push(FrameKind.Subquery);
                    frame.IsDerivedTable = frame.OuterExpectSource;

                    // A derived table cannot see the query around it (LATERAL aside, which the extractor does not
                    // follow); a subquery in an expression can.
                    _scope = new Scope(frame.IsDerivedTable ? null : _scope);
                    return;
                }

                if (_pendingInsertTarget != null)
                {
                    Push(FrameKind.InsertColumns).InsertTarget = _pendingInsertTarget;
                    _pendingInsertTarget = null;
                    return;
                }

                if (_expectSource)
                {
                    // FROM (a JOIN b ON ...): a parenthesised join; the sources inside are read, but the scope is marked
                    // as one the extractor cannot fully see.
                    _scope.HasUnknownSource = true;
                    Push(FrameKind.Group);
                    _expectSource = true;
                    _clause = Clause.From;
                    return;
                }

                Push(FrameKind.Group);
            }

            private bool CloseParenthesis()
            {
                if (_frames.Count == 0)
                {
                    return false;
                }

                Frame frame = _frames.Pop();
                _scope = frame.OuterScope;
                _clause = frame.OuterClause;
                _expectSource = false;
                if (frame.Kind == FrameKind.CteBody)
                {
                    _cte = CteState.AfterBody;
                }
                else if (frame.Kind == FrameKind.Subquery && frame.IsDerivedTable)
                {
                    _aliasableSource = AddUnknownSource();
                }
                else if (frame.Kind == FrameKind.Group && frame.OuterExpectSource)
                {
                    _clause = Clause.From;
                }

                return true;
            }

            private Frame Push(FrameKind kind)
            {
                var frame = new Frame(kind, _scope, _clause, _expectSource);
                _frames.Push(frame);
                _clause = kind is FrameKind.Subquery or FrameKind.CteBody ? Clause.None : _clause;
                _expectSource = false;
                return frame;
            }

            private void OnKeyword(SqlToken token, Source? aliasable)
            {
                string word = token.Value.ToUpperInvariant();
                if (word == "AS")
                {
                    OnAs(aliasable);
                    return;
                }

                if (word == "COLLATE" || word == "DUPLICATE")
                {
                    // COLLATE NOCASE, ON DUPLICATE KEY: the next word is not a column.
                    _pos++;
                    return;
                }

                if (!AtScopeLevel && !(_frames.Peek().Kind == FrameKind.Group && _frames.Peek().OuterExpectSource))
                {
                    return;
                }

                switch (word)
                {
                    case "WITH":
                        if (aliasable != null || Previous.IsSymbol(")") && _clause == Clause.From)
                        {
                            // Table hints: FROM users WITH (NOLOCK).
                            if (Peek().IsSymbol("("))
                            {
                                _pos++;
                                Push(FrameKind.Hint);
                            }
                        }
                        else
                        {
                            _cte = CteState.ExpectName;
                        }

                        break;
                    case "RECURSIVE":
                    case "MATERIALIZED":
                    case "NOT" when _cte == CteState.ExpectBody:
                        break;
                    case "SELECT":
                        _cte = CteState.None;
                        _clause = Clause.Select;
                        _expectSource = false;
                        break;
                    case "FROM":
                        if (Is(Previous, "DISTINCT"))
                        {
                            // IS DISTINCT FROM is a comparison.
                            break;
                        }

                        _clause = Clause.From;
                        _expectSource = true;
                        break;
                    case "JOIN":
                    case "APPLY":
                        _clause = Clause.From;
                        _expectSource = true;
                        break;
                    case "UPDATE":
                        _cte = CteState.None;
                        if (Is(Previous, "DO") || Is(Previous, "FOR") || Is(Previous, "KEY"))
                        {
                            break;
                        }

                        _clause = Clause.From;
                        _expectSource = true;
                        break;
                    case "DELETE":
                        _cte = CteState.None;
                        _clause = Clause.From;
                        _expectSource = !Is(Peek(), "FROM");
                        break;
                    case "INSERT":
                    case "REPLACE" when _clause == Clause.None:
                        _cte = CteState.None;
                        _clause = Clause.None;
                        break;
                    case "MERGE":
                        _inMerge = true;
                        _clause = Clause.From;
                        _expectSource = !Is(Peek(), "INTO");
                        break;
                    case "INTO":
                        if (_clause == Clause.Select)
                        {
                            // SELECT ... INTO new_table: a name being created, not read.
                            _pos++;
                            while (Peek().IsSymbol(".") && Peek(2).IsIdentifier)
                            {
                                _pos += 2;
                            }

                            break;
                        }

                        _clause = Clause.From;
                        _expectSource = true;
                        _pendingInsertTarget = null;
                        break;
                    case "USING":
                        if (_inMerge)
                        {
                            _clause = Clause.From;
                            _expectSource = true;
                        }

                        break;
                    case "UNION":
                    case "INTERSECT":
                    case "EXCEPT":
                    case "MINUS":
                        _scope = new Scope(_scope.Parent);
                        _clause = Clause.None;
                        _expectSource = false;
                        break;
                    case "ON":
                    case "WHERE":
                    case "GROUP":
                    case "ORDER":
                    case "HAVING":
                    case "SET":
                    case "VALUES":
                    case "RETURNING":
                    case "OUTPUT":
                    case "LIMIT":
                    case "OFFSET":
                    case "WINDOW":
                    case "WHEN":
                        _clause = Clause.Expression;
                        _expectSource = false;
                        break;
                }
            }

            private void OnAs(Source? aliasable)
            {
                if (_cte == CteState.AfterName)
                {
                    _cte = CteState.ExpectBody;
                    return;
                }

                SqlToken next = Peek();
                if (!next.IsIdentifier)
                {
                    return;
                }

                _pos++;
                if (InFunction)
                {
                    // CAST(x AS text): a type, not an alias.
                    return;
                }

                if (aliasable != null)
                {
                    aliasable.Alias = next.Value;
                    AcceptAliasColumnList();
                }
                else
                {
                    _aliases.Add(next.Value);
                }
            }

            /// <summary>After a derived table's alias, <c>(a, b)</c> names its columns.</summary>
            private void AcceptAliasColumnList()
            {
                if (Peek().IsSymbol("("))
                {
                    _pos++;
                    Push(FrameKind.AliasColumns);
                }
            }

            private void OnIdentifier(SqlToken token, Source? aliasable)
            {
                if (_cte == CteState.ExpectName)
                {
                    _cteNames.Add(token.Value);
                    _aliases.Add(token.Value);
                    _cte = CteState.AfterName;
                    return;
                }

                FrameKind? frame = _frames.Count > 0 ? _frames.Peek().Kind : null;
                if (frame is FrameKind.AliasColumns or FrameKind.Hint)
                {
                    if (frame == FrameKind.AliasColumns)
                    {
                        _aliases.Add(token.Value);
                    }

                    return;
                }

                if (_expectSource)
                {
                    ReadSource(token);
                    return;
                }

                if (aliasable != null)
                {
                    aliasable.Alias = token.Value;
                    AcceptAliasColumnList();
                    return;
                }

                if (Peek().IsSymbol("("))
                {
                    // A function call (or a type with a length, VARCHAR(10)).
                    _pos++;
                    Push(FrameKind.Function);
                    return;
                }

                ReadColumn(token);
            }

            private void ReadSource(SqlToken first)
            {
                _expectSource = false;
                var parts = new List<SqlToken> { first };
                while (Peek().IsSymbol(".") && Peek(2).IsIdentifier)
                {
                    _pos += 2;
                    parts.Add(_tokens[_pos]);
                }

                bool insertTarget = IsInsertTarget();
                if (Peek().IsSymbol("(") && !insertTarget)
                {
                    // A table-valued function: FROM generate_series(...), CROSS APPLY fn(...).
                    _pos++;
                    AddUnknownSource();
                    Push(FrameKind.Function);
                    return;
                }

                SqlToken name = parts[parts.Count - 1];
                if (parts.Count > 2 || (parts.Count == 1 && _cteNames.Contains(name.Value)) || name.Kind == SqlTokenKind.Word && name.Value.StartsWith("#", StringComparison.Ordinal))
                {
                    // Another database (db.schema.table), a CTE, or a temp table: nothing the migrations describe.
                    _aliasableSource = insertTarget ? null : AddUnknownSource();
                    return;
                }

                var table = new SqlTableReference(name, parts.Count == 2 ? parts[0].Value : null);
                _tables.Add(table);
                if (insertTarget)
                {
                    // INSERT INTO t (a, b): the column list names t's columns; the query that follows has its own sources.
                    _pendingInsertTarget = Peek().IsSymbol("(") && !IsQueryStart(Peek(2)) ? table : null;
                    return;
                }

                var source = new Source(table, name.Value);
                _scope.Sources.Add(source);
                _aliasableSource = source;
            }

            private bool IsInsertTarget()
            {
                for (int k = _pos - 1; k >= 0; k--)
                {
                    SqlToken t = _tokens[k];
                    if ((t.IsIdentifier && !(t.Kind == SqlTokenKind.Word && SqlKeywords.IsKeyword(t.Value))) || t.IsSymbol("."))
                    {
                        continue;
                    }

                    return Is(t, "INTO") && !_inMerge;
                }

                return false;
            }

            private static bool IsQueryStart(SqlToken token) => Is(token, "SELECT") || Is(token, "WITH") || Is(token, "VALUES");

            private Source AddUnknownSource()
            {
                _scope.HasUnknownSource = true;
                var source = new Source(null, null);
                _scope.Sources.Add(source);
                return source;
            }

            private void ReadColumn(SqlToken first)
            {
                var parts = new List<SqlToken> { first };
                while (Peek().IsSymbol(".") && (Peek(2).IsIdentifier || Peek(2).IsSymbol("*")))
                {
                    _pos += 2;
                    parts.Add(_tokens[_pos]);
                }

                SqlToken name = parts[parts.Count - 1];
                if (!name.IsIdentifier || Peek().IsSymbol("("))
                {
                    // t.* or schema.function(...).
                    if (Peek().IsSymbol("("))
                    {
                        _pos++;
                        Push(FrameKind.Function);
                    }

                    return;
                }

                if (parts.Count == 1 && IsImplicitAlias())
                {
                    _aliases.Add(name.Value);
                    return;
                }

                if (parts.Count == 1 && InFunction && first.Kind == SqlTokenKind.Word && SqlKeywords.IsFunctionArgumentWord(first.Value))
                {
                    return;
                }

                Frame? frame = _frames.Count > 0 ? _frames.Peek() : null;
                SqlTableReference? target = frame?.Kind == FrameKind.InsertColumns ? frame.InsertTarget : null;
                string? qualifier = parts.Count >= 2 ? parts[parts.Count - 2].Value : null;
                _columns.Add(new PendingColumn(name, qualifier, _scope, target));
            }

            /// <summary><c>SELECT u.name display_name</c>: a name right after a select expression is that expression's alias.</summary>
            private bool IsImplicitAlias()
            {
                if (_clause != Clause.Select || !AtScopeLevel || _pos == 0)
                {
                    return false;
                }

                SqlToken previous = Previous;
                switch (previous.Kind)
                {
                    case SqlTokenKind.QuotedIdentifier:
                    case SqlTokenKind.StringLiteral:
                    case SqlTokenKind.Parameter:
                    case SqlTokenKind.Hole:
                        return true;
                    case SqlTokenKind.Word:
                        return !SqlKeywords.IsKeyword(previous.Value) || Is(previous, "END");
                    case SqlTokenKind.Number:
                        return !(_pos >= 2 && (Is(_tokens[_pos - 2], "TOP") || Is(_tokens[_pos - 2], "LIMIT")));
                    case SqlTokenKind.Symbol:
                        return previous.Value is ")" or "*" && !(_pos >= 2 && _tokens[_pos - 2].IsSymbol("."));
                    default:
                        return false;
                }
            }

            private ImmutableArray<SqlColumnReference> Bind()
            {
                ImmutableArray<SqlColumnReference>.Builder bound = ImmutableArray.CreateBuilder<SqlColumnReference>(_columns.Count);
                foreach (PendingColumn column in _columns)
                {
                    if (column.Target != null)
                    {
                        bound.Add(new SqlColumnReference(column.Name, true, ImmutableArray.Create(column.Target)));
                    }
                    else if (column.Qualifier != null)
                    {
                        SqlTableReference? table = FindQualified(column.Scope, column.Qualifier);
                        bound.Add(new SqlColumnReference(
                            column.Name,
                            true,
                            table == null ? ImmutableArray<SqlTableReference>.Empty : ImmutableArray.Create(table)));
                    }
                    else
                    {
                        bound.Add(new SqlColumnReference(column.Name, false, Unqualified(column.Scope)));
                    }
                }

                return bound.ToImmutable();
            }

            private static SqlTableReference? FindQualified(Scope scope, string qualifier)
            {
                for (Scope? current = scope; current != null; current = current.Parent)
                {
                    foreach (Source source in current.Sources)
                    {
                        if (source.Matches(qualifier))
                        {
                            return source.Table;
                        }
                    }
                }

                return null;
            }

            /// <summary>Every table in the scope chain, innermost first; none when any source in the chain is opaque.</summary>
            private static ImmutableArray<SqlTableReference> Unqualified(Scope scope)
            {
                ImmutableArray<SqlTableReference>.Builder tables = ImmutableArray.CreateBuilder<SqlTableReference>();
                for (Scope? current = scope; current != null; current = current.Parent)
                {
                    if (current.HasUnknownSource)
                    {
                        return ImmutableArray<SqlTableReference>.Empty;
                    }

                    foreach (Source source in current.Sources)
                    {
                        tables.Add(source.Table!);
                    }
                }

                return tables.ToImmutable();
            }

            private static bool Is(SqlToken token, string keyword) =>
                token.Kind == SqlTokenKind.Word && string.Equals(token.Value, keyword, StringComparison.OrdinalIgnoreCase);
        }
    }
}
