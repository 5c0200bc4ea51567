using System;
using System.Collections.Generic;
using System.Text;

namespace ParityKit.Analyzers.Settings
{
    /// <summary>
    /// Recognises connection strings in literal text: <c>key=value;</c> pairs as ADO.NET providers write them
    /// (<c>Host=</c>, <c>Server=</c>, <c>Data Source=</c>, <c>User ID=</c>, <c>Password=</c>, quoted values, spaces
    /// around <c>=</c>), and database URLs (<c>postgres://user:password@host/db</c>). A literal counts when it names a
    /// database host that is not this machine, or carries a credential. Descriptions name keys, never values.
    /// </summary>
    internal static class ConnectionStringText
    {
        /// <summary>Stands for an interpolation hole: a value holding one comes from code, not from the literal.</summary>
        public const char Hole = '\u0001';

        private static readonly string[] HostKeys =
        {
            "host", "server", "data source", "datasource", "address", "addr", "network address", "hostname", "accountendpoint",
            "blobendpoint", "queueendpoint", "tableendpoint", "endpoint", "servicebusendpoint",
        };

        private static readonly string[] CredentialKeys =
        {
            "password", "pwd", "passwd", "user password", "accountkey", "sharedaccesskey", "sharedaccesssignature", "authkey",
            "access key", "secret",
        };

        private static readonly string[] OtherKeys =
        {
            "user id", "userid", "uid", "user", "username", "user name", "database", "initial catalog", "port", "trusted_connection",
            "integrated security", "encrypt", "trustservercertificate", "trust server certificate", "sslmode", "ssl mode", "timeout",
            "connect timeout", "connection timeout", "command timeout", "pooling", "defaultendpointsprotocol", "accountname",
            "sharedaccesskeyname", "entitypath", "multipleactiveresultsets", "application name", "applicationintent", "mode",
            "cache", "search path", "searchpath", "include error detail", "protocol", "charset", "sslcert", "authentication",
        };

        private static readonly string[] DatabaseSchemes =
        {
            "postgres", "postgresql", "mysql", "mariadb", "mongodb", "mongodb+srv", "redis", "rediss", "amqp", "amqps", "sqlserver",
            "mssql", "cockroachdb", "clickhouse", "nats", "couchbase", "couchbases", "neo4j", "neo4j+s", "cassandra",
        };

        private static readonly string[] FileExtensions = { ".db", ".sqlite", ".sqlite3", ".db3", ".sdf", ".mdb", ".accdb" };

        private static readonly char[] AuthorityEnds = { '/', '?', '#' };
        private static readonly char[] HostEnds = { ',', '\\' };
        private static readonly char[] Blanks = { ' ', '\t' };

        private static readonly string[] LoopbackHosts = { "localhost", "127.0.0.1", "::1", "[::1]", ".", "(local)", "(localdb)" };

        /// <summary>
        /// Describes what the text is ("connection string (Host, Database, Password) with a password") when it is a
        /// connection string or database URL worth reporting; <see langword="null"/> otherwise.
        /// </summary>
        public static string? Describe(string text)
        {
            string trimmed = text.Trim();
            return DescribeUrl(trimmed) ?? DescribePairs(trimmed);
        }

        /// <summary>Whether the text has the shape of a connection string at all, reportable or not.</summary>
        public static bool LooksLikeConnectionString(string text)
        {
            string trimmed = text.Trim();
            if (SchemeOf(trimmed) is string scheme && Array.IndexOf(DatabaseSchemes, scheme) >= 0)
            {
                return true;
            }

            int recognised = 0;
            foreach ((string key, _) in Pairs(trimmed))
            {
                if (Kind(key) != PairKind.Unknown)
                {
                    recognised++;
                }
            }

            return recognised >= 2 || (recognised == 1 && trimmed.IndexOf(';') >= 0);
        }

        private static string? DescribePairs(string text)
        {
            if (text.IndexOf('=') < 0)
            {
                return null;
            }

            var keys = new List<string>();
            int recognised = 0;
            bool credential = false;
            bool remoteHost = false;
            foreach ((string key, string value) in Pairs(text))
            {
                PairKind kind = Kind(key);
                if (kind == PairKind.Unknown)
                {
                    continue;
                }

                recognised++;
                keys.Add(key);
                bool literal = value.Length > 0 && value.IndexOf(Hole) < 0 && !IsPlaceholder(value);
                credential |= kind == PairKind.Credential && literal;
                remoteHost |= kind == PairKind.Host && literal && !IsLocal(value);
            }

            if (recognised == 0 || (!credential && !(remoteHost && recognised >= 2)))
            {
                return null;
            }

            string list = "connection string (" + string.Join(", ", keys) + ")";
            return credential ? list + " with a password or key in it" : list + " that names a database host";
        }

        private static string? DescribeUrl(string text)
        {
            string? scheme = SchemeOf(text);
            if (scheme == null || text.IndexOf(' ') >= 0)
            {
                return null;
            }

            int authorityStart = scheme.Length + 3;
            int authorityEnd = text.IndexOfAny(AuthorityEnds, authorityStart);
            string authority = text.Substring(authorityStart, (authorityEnd < 0 ? text.Length : authorityEnd) - authorityStart);
            int at = authority.LastIndexOf('@');
            string userInfo = at < 0 ? string.Empty : authority.Substring(0, at);
            string hosts = authority.Substring(at + 1);
            int colon = userInfo.IndexOf(':');
            bool password = colon >= 0 && colon < userInfo.Length - 1 && userInfo.IndexOf(Hole, colon) < 0;

            if (Array.IndexOf(DatabaseSchemes, scheme) < 0)
            {
                // Any other URL only counts with a password in it (https://user:password@host).
                return password && (scheme == "http" || scheme == "https" || scheme == "ftp" || scheme == "sftp" || scheme == "ws" || scheme == "wss")
                    ? scheme + ":// URL with a password in it"
                    : null;
            }

            if (password)
            {
                return scheme + ":// database URL with a password in it";
            }

            bool remote = hosts.Length > 0 && hosts.IndexOf(Hole) < 0 && !IsLocal(HostPart(hosts));
            return remote ? scheme + ":// database URL that names a database host" : null;
        }

        /// <summary>The lower-case scheme of <c>scheme://…</c>, or <see langword="null"/>.</summary>
        private static string? SchemeOf(string text)
        {
            int separator = text.IndexOf("://", StringComparison.Ordinal);
            if (separator <= 0 || separator > 16)
            {
                return null;
            }

            for (int i = 0; i < separator; i++)
            {
                char c = text[i];
                if (!(char.IsLetterOrDigit(c) || c == '+' || c == '-' || c == '.'))
                {
                    return null;
                }
            }

            return text.Substring(0, separator).ToLowerInvariant();
        }

        /// <summary>The <c>key=value</c> pairs, keys lower case with single spaces, values unquoted.</summary>
        private static IEnumerable<(string Key, string Value)> Pairs(string text)
        {
            int i = 0;
            while (i < text.Length)
            {
                int equals = text.IndexOf('=', i);
                int semicolon = text.IndexOf(';', i);
                if (equals < 0)
                {
                    yield break;
                }

                if (semicolon >= 0 && semicolon < equals)
                {
                    // A segment without '=' is not a pair; skip it.
                    i = semicolon + 1;
                    continue;
                }

                string key = NormalizeKey(text.Substring(i, equals - i));
                int valueStart = equals + 1;
                while (valueStart < text.Length && text[valueStart] == ' ')
                {
                    valueStart++;
                }

                string value;
                if (valueStart < text.Length && (text[valueStart] == '\'' || text[valueStart] == '"'))
                {
                    char quote = text[valueStart];
                    int close = text.IndexOf(quote, valueStart + 1);
                    int end = close < 0 ? text.Length : close;
                    value = text.Substring(valueStart + 1, end - valueStart - 1);
                    int next = text.IndexOf(';', Math.Min(end + 1, text.Length));
                    i = next < 0 ? text.Length : next + 1;
                }
                else
                {
                    int end = text.IndexOf(';', valueStart);
                    value = text.Substring(valueStart, (end < 0 ? text.Length : end) - valueStart).Trim();
                    i = end < 0 ? text.Length : end + 1;
                }

                yield return (key, value);
            }
        }

        private static string NormalizeKey(string key)
        {
            var normalized = new StringBuilder(key.Length);
            foreach (string word in key.Trim().Split(Blanks, StringSplitOptions.RemoveEmptyEntries))
            {
                if (normalized.Length > 0)
                {
                    normalized.Append(' ');
                }

                normalized.Append(word.ToLowerInvariant());
            }

            return normalized.ToString();
        }

        private static PairKind Kind(string key) =>
            Array.IndexOf(CredentialKeys, key) >= 0 ? PairKind.Credential
            : Array.IndexOf(HostKeys, key) >= 0 ? PairKind.Host
            : Array.IndexOf(OtherKeys, key) >= 0 ? PairKind.Other
            : PairKind.Unknown;

        /// <summary>This machine, or a database file rather than a server.</summary>
        private static bool IsLocal(string value)
        {
            string host = HostPart(value).ToLowerInvariant();
            if (host == ":memory:" || host.IndexOf("|datadirectory|", StringComparison.Ordinal) >= 0)
            {
                return true;
            }

            foreach (string extension in FileExtensions)
            {
                if (host.EndsWith(extension, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            foreach (string loopback in LoopbackHosts)
            {
                if (host == loopback)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary><c>tcp:db.example.com,1433</c>, <c>db:5432</c>, <c>(localdb)\MSSQLLocalDB</c> → the host alone.</summary>
        private static string HostPart(string value)
        {
            string host = value.Trim();
            if (host.StartsWith("tcp:", StringComparison.OrdinalIgnoreCase))
            {
                host = host.Substring(4);
            }

            int end = host.IndexOfAny(HostEnds);
            host = end < 0 ? host : host.Substring(0, end);
            if (host.StartsWith("[", StringComparison.Ordinal))
            {
                int close = host.IndexOf(']');
                return close < 0 ? host : host.Substring(0, close + 1);
            }

            int colon = host.LastIndexOf(':');
            return colon > 0 && host.IndexOf(':') == colon ? host.Substring(0, colon) : host;
        }

        /// <summary>A value that stands for one: <c>{0}</c>, <c>&lt;password&gt;</c>, <c>***</c>, <c>${DB_PASSWORD}</c>.</summary>
        private static bool IsPlaceholder(string value) =>
            (value.StartsWith("{", StringComparison.Ordinal) && value.EndsWith("}", StringComparison.Ordinal))
            || (value.StartsWith("<", StringComparison.Ordinal) && value.EndsWith(">", StringComparison.Ordinal))
            || (value.StartsWith("${", StringComparison.Ordinal) && value.EndsWith("}", StringComparison.Ordinal))
            || (value.StartsWith("%", StringComparison.Ordinal) && value.EndsWith("%", StringComparison.Ordinal) && value.Length > 1)
            || value.Trim('*', 'x', 'X', '.').Length == 0;

        private enum PairKind
        {
            Unknown,
            Host,
            Credential,
            Other,
        }
    }
}
