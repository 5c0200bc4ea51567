using System;
using System.Collections.Generic;

namespace ParityKit.Analyzers.DataShape.Sql
{
    /// <summary>Words the extractor never takes for a column or a table.</summary>
    internal static class SqlKeywords
    {
        // Reserved words of the SQL the sinks see (queries and DML) across SQL Server, PostgreSQL, SQLite and MySQL.
        // Ordinary words that are often column names (name, status, type, key, value, date) are deliberately absent.
        private static readonly HashSet<string> Keywords = new(StringComparer.OrdinalIgnoreCase)
        {
            "ALL", "AND", "ANY", "APPLY", "AS", "ASC", "BETWEEN", "BY", "CASE", "CAST", "COLLATE", "CONFLICT", "CROSS",
            "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP", "CURRENT_USER", "DEFAULT", "DELETE", "DELETED", "DESC",
            "DISTINCT", "DO", "ELSE", "END", "ESCAPE", "EXCEPT", "EXISTS", "FALSE", "FETCH", "FIRST", "FOR", "FROM", "FULL",
            "GLOB", "GROUP", "HAVING", "ILIKE", "IN", "INNER", "INSERT", "INSERTED", "INTERSECT", "INTERVAL", "INTO", "IS",
            "ISNULL", "JOIN", "LAST", "LATERAL", "LEFT", "LIKE", "LIMIT", "LOCALTIME", "LOCALTIMESTAMP", "MATCHED", "MERGE",
            "MINUS", "NATURAL", "NEXT", "NOLOCK", "NOT", "NOTHING", "NOTNULL", "NULL", "NULLS", "OF", "OFFSET", "ON", "ONLY",
            "OR", "ORDER", "OUTER", "OUTPUT", "OVER", "PARTITION", "PERCENT", "RECURSIVE", "REGEXP", "RETURNING", "RIGHT",
            "ROW", "ROWS", "SELECT", "SESSION_USER", "SET", "SIMILAR", "SOME", "TABLESAMPLE", "THEN", "TIES", "TOP", "TRUE",
            "UNION", "UNKNOWN", "UPDATE", "USING", "VALUES", "WHEN", "WHERE", "WINDOW", "WITH", "WITHIN", "BOTH", "LEADING",
            "TRAILING", "ASYMMETRIC", "SYMMETRIC", "OVERLAPS", "TO", "ARRAY", "EXCLUDED", "IGNORE", "REPLACE", "DUPLICATE",
            "SKIP", "LOCKED", "NOWAIT", "SHARE", "STRAIGHT_JOIN", "PRECEDING", "FOLLOWING", "UNBOUNDED", "CURRENT",
            "RANGE", "GROUPS", "FILTER", "MATERIALIZED",
        };

        // Words that are arguments rather than columns inside function calls: date parts (DATEADD(day, ...),
        // EXTRACT(YEAR FROM ...)) and type names (CONVERT(int, ...), CAST(x AS text)).
        private static readonly HashSet<string> FunctionArgumentWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "YEAR", "QUARTER", "MONTH", "DAYOFYEAR", "DAY", "WEEK", "WEEKDAY", "HOUR", "MINUTE", "SECOND", "MILLISECOND",
            "MICROSECOND", "NANOSECOND", "EPOCH", "DOW", "DOY", "ISODOW", "ISOYEAR", "CENTURY", "DECADE", "MILLENNIUM",
            "TIMEZONE", "TIMEZONE_HOUR", "TIMEZONE_MINUTE", "YY", "YYYY", "QQ", "MM", "DY", "DD", "WK", "WW", "DW", "HH",
            "MI", "SS", "MS", "MCS", "NS", "TZ", "ISO_WEEK",
            "INT", "INTEGER", "BIGINT", "SMALLINT", "TINYINT", "BIT", "VARCHAR", "NVARCHAR", "CHAR", "NCHAR", "TEXT",
            "NTEXT", "DATE", "DATETIME", "DATETIME2", "DATETIMEOFFSET", "TIME", "TIMESTAMP", "TIMESTAMPTZ", "DECIMAL",
            "NUMERIC", "FLOAT", "REAL", "MONEY", "UNIQUEIDENTIFIER", "BINARY", "VARBINARY", "BOOLEAN", "BOOL", "UUID",
            "JSON", "JSONB", "BYTEA", "DOUBLE", "PRECISION", "SIGNED", "UNSIGNED", "BLOB", "MAX", "ZONE",
        };

        // A statement that starts with one of these is not a query or DML the schema check understands.
        private static readonly HashSet<string> OpaqueStatementStarts = new(StringComparer.OrdinalIgnoreCase)
        {
            "CREATE", "ALTER", "DROP", "TRUNCATE", "GRANT", "REVOKE", "EXEC", "EXECUTE", "CALL", "DECLARE", "BEGIN",
            "IF", "PRAGMA", "SET", "USE", "COMMIT", "ROLLBACK", "SAVEPOINT", "VACUUM", "ANALYZE", "EXPLAIN", "COPY",
            "LOCK", "SHOW", "DO", "RAISERROR", "THROW", "PRINT", "WHILE", "RETURN", "REINDEX", "ATTACH", "DETACH",
            "COMMENT", "REFRESH", "LISTEN", "NOTIFY",
        };

        public static bool IsKeyword(string word) => Keywords.Contains(word);

        public static bool IsFunctionArgumentWord(string word) => FunctionArgumentWords.Contains(word);

        public static bool IsOpaqueStatementStart(string word) => OpaqueStatementStarts.Contains(word);
    }
}
