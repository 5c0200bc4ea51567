using System.Collections.Immutable;
using System.Text;

namespace ParityKit.Analyzers.DataShape.Sql
{
    /// <summary>
    /// Splits SQL text into tokens, across the dialects EF Core and Dapper users write: <c>"x"</c>, <c>[x]</c> and
    /// <c>`x`</c> identifiers, <c>'it''s'</c>, <c>N'..'</c>, <c>E'..'</c> and <c>$$..$$</c> strings, <c>--</c> and
    /// <c>/* */</c> comments (nested, as PostgreSQL allows), and <c>@p</c>, <c>:p</c>, <c>$1</c>, <c>?</c>, <c>{0}</c>
    /// parameters. Comments and whitespace are dropped. Linear in the text; never throws: what it cannot read becomes
    /// an <see cref="SqlTokenKind.Error"/> token and the caller gives up on the text.
    /// </summary>
    internal static class SqlTokenizer
    {
        /// <summary>Stands for a hole in the text (an interpolation, or a piece that is not a constant).</summary>
        public const char HoleChar = '\u0001';

        public static ImmutableArray<SqlToken> Tokenize(string sql)
        {
            ImmutableArray<SqlToken>.Builder tokens = ImmutableArray.CreateBuilder<SqlToken>();
            int i = 0;
            while (i < sql.Length)
            {
                char c = sql[i];
                char next = i + 1 < sql.Length ? sql[i + 1] : '\0';
                int start = i;

                if (char.IsWhiteSpace(c))
                {
                    i++;
                }
                else if (c == '-' && next == '-')
                {
                    while (i < sql.Length && sql[i] != '\n')
                    {
                        i++;
                    }
                }
                else if (c == '/' && next == '*')
                {
                    if (!SkipBlockComment(sql, ref i))
                    {
                        tokens.Add(Error(start, sql.Length));
                        break;
                    }
                }
                else if (c == HoleChar)
                {
                    tokens.Add(new SqlToken(SqlTokenKind.Hole, i, 1, string.Empty));
                    i++;
                }
                else if (c == '\'')
                {
                    if (!ReadString(sql, ref i, backslashEscapes: false))
                    {
                        tokens.Add(Error(start, sql.Length));
                        break;
                    }

                    tokens.Add(new SqlToken(SqlTokenKind.StringLiteral, start, i - start, string.Empty));
                }
                else if ((c is 'N' or 'n' or 'E' or 'e' or 'X' or 'x' or 'B' or 'b') && next == '\'' && !PreviousIsWordChar(sql, i))
                {
                    i++;
                    if (!ReadString(sql, ref i, backslashEscapes: c is 'E' or 'e'))
                    {
                        tokens.Add(Error(start, sql.Length));
                        break;
                    }

                    tokens.Add(new SqlToken(SqlTokenKind.StringLiteral, start, i - start, string.Empty));
                }
                else if (c == '"' || c == '`' || (c == '[' && !IsSubscript(tokens)))
                {
                    char close = c == '[' ? ']' : c;
                    if (!ReadQuoted(sql, ref i, close, out string value))
                    {
                        tokens.Add(Error(start, sql.Length));
                        break;
                    }

                    tokens.Add(new SqlToken(SqlTokenKind.QuotedIdentifier, start, i - start, value, c, start + 1, i - start - 2));
                }
                else if (c == '$' && (next == '$' || IsWordStart(next)) && TryDollarString(sql, ref i))
                {
                    tokens.Add(new SqlToken(SqlTokenKind.StringLiteral, start, i - start, string.Empty));
                }
                else if (c == '$' && char.IsDigit(next))
                {
                    i++;
                    while (i < sql.Length && char.IsDigit(sql[i]))
                    {
                        i++;
                    }

                    tokens.Add(new SqlToken(SqlTokenKind.Parameter, start, i - start, sql.Substring(start, i - start)));
                }
                else if (c == '@' || (c == ':' && next != ':' && IsWordStart(next) && !PreviousIs(sql, i, ':')))
                {
                    i++;
                    while (i < sql.Length && (sql[i] == '@' || IsWordChar(sql[i])))
                    {
                        i++;
                    }

                    tokens.Add(new SqlToken(SqlTokenKind.Parameter, start, i - start, sql.Substring(start, i - start)));
                }
                else if (c == '?')
                {
                    i++;
                    tokens.Add(new SqlToken(SqlTokenKind.Parameter, start, 1, "?"));
                }
                else if (c == '{' && TryFormatPlaceholder(sql, ref i))
                {
                    tokens.Add(new SqlToken(SqlTokenKind.Parameter, start, i - start, sql.Substring(start, i - start)));
                }
                else if (char.IsDigit(c) || (c == '.' && char.IsDigit(next)))
                {
                    ReadNumber(sql, ref i);
                    tokens.Add(new SqlToken(SqlTokenKind.Number, start, i - start, sql.Substring(start, i - start)));
                }
                else if (IsWordStart(c))
                {
                    i++;
                    while (i < sql.Length && IsWordChar(sql[i]))
                    {
                        i++;
                    }

                    tokens.Add(new SqlToken(SqlTokenKind.Word, start, i - start, sql.Substring(start, i - start)));
                }
                else
                {
                    string symbol = TwoCharSymbol(c, next) ?? c.ToString();
                    i += symbol.Length;
                    tokens.Add(new SqlToken(SqlTokenKind.Symbol, start, symbol.Length, symbol));
                }
            }

            return tokens.ToImmutable();
        }

        private static SqlToken Error(int start, int end) => new(SqlTokenKind.Error, start, end - start, string.Empty);

        private static bool IsWordStart(char c) => char.IsLetter(c) || c == '_' || c == '#';

        private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '$' || c == '#';

        private static bool PreviousIsWordChar(string sql, int i) => i > 0 && IsWordChar(sql[i - 1]);

        private static bool PreviousIs(string sql, int i, char c) => i > 0 && sql[i - 1] == c;

        /// <summary>PostgreSQL's <c>tags[1]</c> is a subscript, not a bracketed identifier.</summary>
        private static bool IsSubscript(ImmutableArray<SqlToken>.Builder tokens)
        {
            if (tokens.Count == 0)
            {
                return false;
            }

            SqlToken last = tokens[tokens.Count - 1];
            return (last.Kind == SqlTokenKind.Word && !SqlKeywords.IsKeyword(last.Value))
                || last.Kind == SqlTokenKind.QuotedIdentifier
                || last.IsSymbol(")")
                || last.IsSymbol("]");
        }

        private static bool SkipBlockComment(string sql, ref int i)
        {
            int depth = 0;
            while (i < sql.Length)
            {
                if (sql[i] == '/' && i + 1 < sql.Length && sql[i + 1] == '*')
                {
                    depth++;
                    i += 2;
                }
                else if (sql[i] == '*' && i + 1 < sql.Length && sql[i + 1] == '/')
                {
                    depth--;
                    i += 2;
                    if (depth == 0)
                    {
                        return true;
                    }
                }
                else
                {
                    i++;
                }
            }

            return false;
        }

        /// <summary>Reads <c>'...'</c> from the opening quote at <paramref name="i"/>; <c>''</c> is an escaped quote.</summary>
        private static bool ReadString(string sql, ref int i, bool backslashEscapes)
        {
            i++;
            while (i < sql.Length)
            {
                char c = sql[i];
                if (backslashEscapes && c == '\\')
                {
                    i += 2;
                    continue;
                }

                i++;
                if (c == '\'')
                {
                    if (i < sql.Length && sql[i] == '\'')
                    {
                        i++;
                        continue;
                    }

                    return true;
                }
            }

            return false;
        }

        /// <summary>Reads a quoted identifier; the closing quote doubled (<c>""</c>, <c>]]</c>, <c>``</c>) is part of the name.</summary>
        private static bool ReadQuoted(string sql, ref int i, char close, out string value)
        {
            var name = new StringBuilder();
            i++;
            while (i < sql.Length)
            {
                char c = sql[i++];
                if (c == close)
                {
                    if (i < sql.Length && sql[i] == close)
                    {
                        name.Append(close);
                        i++;
                        continue;
                    }

                    value = name.ToString();
                    return true;
                }

                if (c == '\n' || c == HoleChar)
                {
                    break;
                }

                name.Append(c);
            }

            value = string.Empty;
            return false;
        }

        /// <summary>PostgreSQL's <c>$$...$$</c> and <c>$tag$...$tag$</c>.</summary>
        private static bool TryDollarString(string sql, ref int i)
        {
            int tagEnd = sql.IndexOf('$', i + 1);
            if (tagEnd < 0)
            {
                return false;
            }

            for (int k = i + 1; k < tagEnd; k++)
            {
                if (!IsWordChar(sql[k]) || sql[k] == '$')
                {
                    return false;
                }
            }

            string tag = sql.Substring(i, tagEnd - i + 1);
            int close = sql.IndexOf(tag, tagEnd + 1, System.StringComparison.Ordinal);
            if (close < 0)
            {
                return false;
            }

            i = close + tag.Length;
            return true;
        }

        /// <summary><c>{0}</c>: the placeholder of EF Core's FromSqlRaw/ExecuteSqlRaw and of string.Format.</summary>
        private static bool TryFormatPlaceholder(string sql, ref int i)
        {
            int k = i + 1;
            while (k < sql.Length && char.IsDigit(sql[k]))
            {
                k++;
            }

            if (k == i + 1 || k >= sql.Length || sql[k] != '}')
            {
                return false;
            }

            i = k + 1;
            return true;
        }

        private static void ReadNumber(string sql, ref int i)
        {
            while (i < sql.Length && (char.IsLetterOrDigit(sql[i]) || sql[i] == '.'
                || ((sql[i] == '+' || sql[i] == '-') && (sql[i - 1] == 'e' || sql[i - 1] == 'E'))))
            {
                i++;
            }
        }

        private static string? TwoCharSymbol(char c, char next) => (c, next) switch
        {
            (':', ':') => "::",
            ('<', '=') => "<=",
            ('>', '=') => ">=",
            ('<', '>') => "<>",
            ('!', '=') => "!=",
            ('|', '|') => "||",
            ('=', '>') => "=>",
            ('-', '>') => "->",
            _ => null,
        };
    }
}
