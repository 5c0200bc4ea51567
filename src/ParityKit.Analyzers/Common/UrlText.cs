using System;
using System.Diagnostics.CodeAnalysis;

namespace ParityKit.Analyzers.Common
{
    /// <summary>
    /// A string literal's text read as an endpoint: <c>scheme://[userinfo@]host[:port][/path][?query][#fragment]</c> with an
    /// http, https, ws or wss scheme, or a bare <c>host[:port][/path]</c>. Only text that <em>is</em> an endpoint parses:
    /// prose that mentions one ("See https://… for setup") does not, so rules that look for endpoints stay quiet on
    /// messages and comments-in-strings. Offsets refer to <see cref="Text"/>, so a code fix can split the literal.
    /// </summary>
    internal sealed class UrlText
    {
        // DNS limits (RFC 1035): longer labels or names are not host names, whatever they look like.
        private const int MaxLabelLength = 63;
        private const int MaxHostLength = 253;

        private UrlText(string text, int start, string? scheme, int hostStart, int hostEnd, int authorityEnd, int pathEnd, int end)
        {
            Text = text;
            Start = start;
            Scheme = scheme;
            HostStart = hostStart;
            HostEnd = hostEnd;
            AuthorityEnd = authorityEnd;
            PathEnd = pathEnd;
            End = end;

            // A trailing dot names the same (fully qualified) host.
            int hostLength = hostEnd - hostStart;
            if (hostLength > 1 && text[hostEnd - 1] == '.')
            {
                hostLength--;
            }

            Host = text.Substring(hostStart, hostLength);
            Path = text.Substring(authorityEnd, pathEnd - authorityEnd);
        }

        /// <summary>The text that was parsed (a literal's value, or an interpolated string's first text part).</summary>
        public string Text { get; }

        /// <summary>Where the endpoint starts in <see cref="Text"/> (after leading whitespace).</summary>
        public int Start { get; }

        /// <summary>Where the endpoint ends in <see cref="Text"/> (before trailing whitespace).</summary>
        public int End { get; }

        /// <summary>The scheme in lower case, or <c>null</c> for a bare host.</summary>
        public string? Scheme { get; }

        /// <summary>The host as written (case kept), without a trailing dot; an IPv6 address keeps its brackets.</summary>
        public string Host { get; }

        public int HostStart { get; }

        /// <summary>The end of the host in <see cref="Text"/> (a trailing dot included).</summary>
        public int HostEnd { get; }

        /// <summary>The end of <c>host[:port]</c>: where the path, query or fragment starts.</summary>
        public int AuthorityEnd { get; }

        /// <summary>The path as written: empty, or starting with '/'; without query or fragment.</summary>
        public string Path { get; }

        public int PathEnd { get; }

        /// <summary>Parses text whose whole trimmed content is an endpoint.</summary>
        public static bool TryParse(string? text, [NotNullWhen(true)] out UrlText? url) => TryParse(text, isPrefix: false, out url);

        /// <summary>
        /// Parses text that starts with an endpoint and continues with content unknown at compile time, such as the
        /// first text part of an interpolated string. The host must be complete within the text (followed by a port, a
        /// path, a query or a fragment): <c>$"https://api.example{suffix}"</c> could name any host.
        /// </summary>
        public static bool TryParsePrefix(string? text, [NotNullWhen(true)] out UrlText? url) => TryParse(text, isPrefix: true, out url);

        private static bool TryParse(string? text, bool isPrefix, [NotNullWhen(true)] out UrlText? url)
        {
            url = null;
            if (text == null)
            {
                return false;
            }

            int start = 0;
            int end = text.Length;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (!isPrefix && end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            string? scheme = ReadScheme(text, start, end, out int authorityStart);
            if (authorityStart < 0)
            {
                return false;
            }

            int authorityEnd = authorityStart;
            while (authorityEnd < end && text[authorityEnd] != '/' && text[authorityEnd] != '?' && text[authorityEnd] != '#')
            {
                authorityEnd++;
            }

            if (authorityEnd == authorityStart)
            {
                return false;
            }

            int hostStart = authorityStart;
            int at = text.LastIndexOf('@', Math.Max(authorityEnd - 1, 0), authorityEnd - authorityStart);
            if (at >= 0)
            {
                // user@host without a scheme is an e-mail address. With one, the host is what follows the last '@':
                // https://api.sandbox.example@evil.test/ goes to evil.test.
                if (scheme == null || !IsUserInfo(text, authorityStart, at))
                {
                    return false;
                }

                hostStart = at + 1;
            }

            int hostEnd = ScanHost(text, hostStart, authorityEnd, out int labels);
            if (hostEnd < 0)
            {
                return false;
            }

            // A bare host must look like one ("api.example.com"), not like a version number or a single word.
            if (scheme == null && (labels < 2 || text[hostStart] == '[' || !LastLabelStartsWithLetter(text, hostStart, hostEnd)))
            {
                return false;
            }

            if (hostEnd < authorityEnd)
            {
                // Only a port may follow the host inside the authority.
                if (text[hostEnd] != ':' || !IsPort(text, hostEnd + 1, authorityEnd, allowEmpty: isPrefix && authorityEnd == end))
                {
                    return false;
                }
            }
            else if (isPrefix && authorityEnd == end)
            {
                return false;
            }

            for (int i = authorityEnd; i < end; i++)
            {
                if (!IsUrlTailChar(text[i]))
                {
                    return false;
                }
            }

            int pathEnd = authorityEnd;
            while (pathEnd < end && text[pathEnd] != '?' && text[pathEnd] != '#')
            {
                pathEnd++;
            }

            // A prefix that ends in "host:" leaves the port to the next hole: the known part ends at the host.
            if (authorityEnd == hostEnd + 1 && text[hostEnd] == ':')
            {
                authorityEnd = pathEnd = hostEnd;
            }

            url = new UrlText(text, start, scheme, hostStart, hostEnd, authorityEnd, pathEnd, end);
            return true;
        }

        /// <summary>
        /// Reads <c>http://</c>, <c>https://</c>, <c>ws://</c> or <c>wss://</c>. Returns the scheme (or null when the text
        /// has none) and where the authority starts, or -1 when the text has another scheme (ftp://, file://, mailto:).
        /// </summary>
        private static string? ReadScheme(string text, int start, int end, out int authorityStart)
        {
            int i = start;
            while (i < end && i - start <= 8 && IsAsciiLetter(text[i]))
            {
                i++;
            }

            bool hasSeparator = i > start && i + 2 < end && text[i] == ':' && text[i + 1] == '/' && text[i + 2] == '/';
            if (!hasSeparator)
            {
                // "host:port" has a colon too; anything else before a colon is a scheme we do not treat as an endpoint.
                authorityStart = start;
                return null;
            }

            string scheme = text.Substring(start, i - start).ToLowerInvariant();
            bool isEndpoint = scheme == "https" || scheme == "http" || scheme == "wss" || scheme == "ws";
            authorityStart = isEndpoint ? i + 3 : -1;
            return isEndpoint ? scheme : null;
        }

        /// <summary>Returns the end of the host starting at <paramref name="start"/>, or -1 when it is not a valid host name.</summary>
        private static int ScanHost(string text, int start, int limit, out int labels)
        {
            labels = 0;
            if (start >= limit)
            {
                return -1;
            }

            if (text[start] == '[')
            {
                int close = text.IndexOf(']', start, limit - start);
                for (int i = start + 1; i < close; i++)
                {
                    if (!IsHexDigit(text[i]) && text[i] != ':' && text[i] != '.')
                    {
                        return -1;
                    }
                }

                labels = 1;
                return close > start + 1 ? close + 1 : -1;
            }

            int labelStart = start;
            int p = start;
            for (; p < limit && p - start <= MaxHostLength; p++)
            {
                char c = text[p];
                if (c == '.')
                {
                    if (!IsLabel(text, labelStart, p))
                    {
                        return -1;
                    }

                    labels++;
                    labelStart = p + 1;
                }
                else if (!IsAsciiLetterOrDigit(c) && c != '-' && c != '_')
                {
                    break;
                }
            }

            if (p - start > MaxHostLength)
            {
                return -1;
            }

            // The last label may be empty only as a trailing dot after at least one label.
            if (labelStart < p)
            {
                if (!IsLabel(text, labelStart, p))
                {
                    return -1;
                }

                labels++;
            }
            else if (labels == 0)
            {
                return -1;
            }

            return p;
        }

        private static bool IsLabel(string text, int start, int end) =>
            end > start && end - start <= MaxLabelLength && text[start] != '-' && text[end - 1] != '-';

        private static bool LastLabelStartsWithLetter(string text, int hostStart, int hostEnd)
        {
            int end = text[hostEnd - 1] == '.' ? hostEnd - 1 : hostEnd;
            int lastDot = text.LastIndexOf('.', end - 1, end - hostStart);
            return IsAsciiLetter(text[lastDot + 1]);
        }

        private static bool IsPort(string text, int start, int end, bool allowEmpty)
        {
            if (end == start)
            {
                return allowEmpty;
            }

            if (end - start > 5)
            {
                return false;
            }

            int port = 0;
            for (int i = start; i < end; i++)
            {
                if (text[i] < '0' || text[i] > '9')
                {
                    return false;
                }

                port = (port * 10) + (text[i] - '0');
            }

            return port <= 65535;
        }

        private static bool IsUserInfo(string text, int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                if (!IsUrlTailChar(text[i]))
                {
                    return false;
                }
            }

            return true;
        }

        // Whitespace means prose; quotes, angle brackets and backslashes do not occur in a URL someone means to call.
        private static bool IsUrlTailChar(char c) =>
            c > ' ' && c != '\u007F' && !char.IsWhiteSpace(c) && c != '"' && c != '<' && c != '>' && c != '\\';

        private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

        private static bool IsAsciiLetterOrDigit(char c) => IsAsciiLetter(c) || (c >= '0' && c <= '9');

        private static bool IsHexDigit(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
