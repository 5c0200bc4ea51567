using System;
using System.Collections.Generic;

namespace ParityKit.Analyzers.Browser.Markup
{
    /// <summary>
    /// A forgiving tag scanner for Razor views, Razor components and HTML: finds start tags with their attributes, end
    /// tags, and the raw text of <c>script</c> elements. HTML comments, Razor comments (<c>@* *@</c>) and the bodies of
    /// <c>script</c>/<c>style</c> elements are skipped. It never throws and reads each character a bounded number of
    /// times: unclosed tags, quotes or comments end the scan, garbage and binary input yield nothing useful but harmless.
    /// Razor expressions inside attribute values are kept as raw text, so a caller can tell a literal URL from
    /// <c>@Url.Content(...)</c>.
    /// </summary>
    internal static class MarkupScanner
    {
        public static List<MarkupTag> Scan(string text)
        {
            var tags = new List<MarkupTag>();
            int pos = 0;
            int length = text.Length;
            while (pos < length)
            {
                char c = text[pos];
                if (c == '<')
                {
                    if (At(text, pos, "<!--"))
                    {
                        pos = SkipPast(text, pos + 4, "-->");
                    }
                    else if (pos + 1 < length && text[pos + 1] == '/' && pos + 2 < length && IsNameStart(text[pos + 2]))
                    {
                        int nameEnd = ReadName(text, pos + 2);
                        tags.Add(new MarkupTag(text.Substring(pos + 2, nameEnd - pos - 2), pos, isEnd: true, Array.Empty<MarkupAttribute>(), nameEnd, nameEnd));
                        int close = text.IndexOf('>', nameEnd);
                        pos = close < 0 ? length : close + 1;
                    }
                    else if (pos + 1 < length && IsNameStart(text[pos + 1]))
                    {
                        pos = ReadStartTag(text, pos, tags);
                    }
                    else
                    {
                        pos++;
                    }
                }
                else if (c == '@' && pos + 1 < length && text[pos + 1] == '*')
                {
                    pos = SkipPast(text, pos + 2, "*@");
                }
                else
                {
                    pos++;
                }
            }

            return tags;
        }

        /// <summary>Reads <c>&lt;name attr="value" ...&gt;</c> at <paramref name="start"/>; returns where scanning goes on.</summary>
        private static int ReadStartTag(string text, int start, List<MarkupTag> tags)
        {
            int length = text.Length;
            int nameEnd = ReadName(text, start + 1);
            string name = text.Substring(start + 1, nameEnd - start - 1);
            var attributes = new List<MarkupAttribute>();
            int pos = nameEnd;
            bool selfClosing = false;
            while (true)
            {
                while (pos < length && char.IsWhiteSpace(text[pos]))
                {
                    pos++;
                }

                if (pos >= length)
                {
                    // An unclosed tag: nothing after it can be told from its attributes.
                    return length;
                }

                char c = text[pos];
                if (c == '>')
                {
                    pos++;
                    break;
                }

                if (c == '/' && pos + 1 < length && text[pos + 1] == '>')
                {
                    selfClosing = true;
                    pos += 2;
                    break;
                }

                if (c == '<')
                {
                    // A tag that never closed before the next one starts: end it here, keep what was read.
                    break;
                }

                int attributeStart = pos;
                while (pos < length && !char.IsWhiteSpace(text[pos]) && text[pos] != '=' && text[pos] != '>' && text[pos] != '<'
                    && !(text[pos] == '/' && pos + 1 < length && text[pos + 1] == '>'))
                {
                    pos++;
                }

                if (pos == attributeStart)
                {
                    // A stray '=' or similar: step over it.
                    pos++;
                    continue;
                }

                string attributeName = text.Substring(attributeStart, pos - attributeStart);
                int afterName = pos;
                while (pos < length && char.IsWhiteSpace(text[pos]))
                {
                    pos++;
                }

                if (pos >= length || text[pos] != '=')
                {
                    attributes.Add(new MarkupAttribute(attributeName, null, afterName));
                    pos = afterName;
                    continue;
                }

                pos++;
                while (pos < length && char.IsWhiteSpace(text[pos]))
                {
                    pos++;
                }

                if (pos < length && (text[pos] == '"' || text[pos] == '\''))
                {
                    int close = text.IndexOf(text[pos], pos + 1);
                    int valueEnd = close < 0 ? length : close;
                    attributes.Add(new MarkupAttribute(attributeName, text.Substring(pos + 1, valueEnd - pos - 1), pos + 1));
                    pos = close < 0 ? length : close + 1;
                }
                else
                {
                    int valueStart = pos;
                    while (pos < length && !char.IsWhiteSpace(text[pos]) && text[pos] != '>')
                    {
                        pos++;
                    }

                    attributes.Add(new MarkupAttribute(attributeName, text.Substring(valueStart, pos - valueStart), valueStart));
                }
            }

            int bodyStart = pos;
            int bodyEnd = pos;
            bool rawText = !selfClosing && (string.Equals(name, "script", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "style", StringComparison.OrdinalIgnoreCase));
            if (rawText)
            {
                int end = text.IndexOf("</" + name, pos, StringComparison.OrdinalIgnoreCase);
                bodyEnd = end < 0 ? length : end;
            }

            tags.Add(new MarkupTag(name, start, isEnd: false, attributes, bodyStart, bodyEnd));
            return bodyEnd;
        }

        private static int ReadName(string text, int start)
        {
            int pos = start;
            while (pos < text.Length && (char.IsLetterOrDigit(text[pos]) || text[pos] == '-' || text[pos] == ':' || text[pos] == '.' || text[pos] == '_'))
            {
                pos++;
            }

            return pos;
        }

        private static bool IsNameStart(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

        private static bool At(string text, int pos, string value) => string.CompareOrdinal(text, pos, value, 0, value.Length) == 0;

        private static int SkipPast(string text, int from, string terminator)
        {
            int end = text.IndexOf(terminator, from, StringComparison.Ordinal);
            return end < 0 ? text.Length : end + terminator.Length;
        }
    }
}
