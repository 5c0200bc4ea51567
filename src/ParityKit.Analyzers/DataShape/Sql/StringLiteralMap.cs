using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ParityKit.Analyzers.DataShape.Sql
{
    /// <summary>
    /// Maps each character of a C# string literal's value to the source text it came from, so that a name found in
    /// the SQL can be underlined, and rewritten, exactly where it is written: through escapes (<c>\"</c>), verbatim
    /// doubled quotes, interpolated <c>{{</c>, and the indentation a raw string literal drops. A map is only returned
    /// when decoding the source reproduces the compiler's value; otherwise the caller falls back to the whole literal.
    /// </summary>
    internal static class StringLiteralMap
    {
        public static bool TryMap(SyntaxToken token, string value, out int[] starts, out int[] lengths)
        {
            starts = new int[value.Length];
            lengths = new int[value.Length];
            string text = token.Text;
            int offset = token.SpanStart;
            if (token.IsKind(SyntaxKind.StringLiteralToken))
            {
                if (text.StartsWith("@\"", System.StringComparison.Ordinal))
                {
                    return Decode(text, 2, text.Length - 1, offset, verbatim: true, braces: false, value, starts, lengths);
                }

                return text.StartsWith("\"", System.StringComparison.Ordinal)
                    && Decode(text, 1, text.Length - 1, offset, verbatim: false, braces: false, value, starts, lengths);
            }

            if (token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) || token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken))
            {
                int start = 0;
                while (start < text.Length && text[start] == '"')
                {
                    start++;
                }

                return Align(text, start, offset, value, starts, lengths);
            }

            if (token.IsKind(SyntaxKind.InterpolatedStringTextToken)
                && token.Parent?.Parent is InterpolatedStringExpressionSyntax interpolated)
            {
                return interpolated.StringStartToken.Kind() switch
                {
                    SyntaxKind.InterpolatedStringStartToken => Decode(text, 0, text.Length, offset, verbatim: false, braces: true, value, starts, lengths),
                    SyntaxKind.InterpolatedVerbatimStringStartToken => Decode(text, 0, text.Length, offset, verbatim: true, braces: true, value, starts, lengths),
                    _ => Align(text, 0, offset, value, starts, lengths),
                };
            }

            return false;
        }

        private static bool Decode(string text, int from, int to, int offset, bool verbatim, bool braces, string value, int[] starts, int[] lengths)
        {
            var decoded = new StringBuilder(value.Length);
            int i = from;
            while (i < to)
            {
                int start = i;
                char c = text[i];
                string piece;
                if (verbatim && c == '"' && i + 1 < to && text[i + 1] == '"')
                {
                    piece = "\"";
                    i += 2;
                }
                else if (braces && (c == '{' || c == '}') && i + 1 < to && text[i + 1] == c)
                {
                    piece = c.ToString();
                    i += 2;
                }
                else if (!verbatim && c == '\\')
                {
                    if (!Escape(text, ref i, to, out piece))
                    {
                        return false;
                    }
                }
                else
                {
                    piece = c.ToString();
                    i++;
                }

                foreach (char _ in piece)
                {
                    if (decoded.Length >= value.Length)
                    {
                        return false;
                    }

                    starts[decoded.Length] = offset + start;
                    lengths[decoded.Length] = i - start;
                    decoded.Append(_);
                }
            }

            return decoded.ToString() == value;
        }

        private static bool Escape(string text, ref int i, int to, out string piece)
        {
            piece = string.Empty;
            if (i + 1 >= to)
            {
                return false;
            }

            char kind = text[i + 1];
            switch (kind)
            {
                case 'u':
                case 'U':
                case 'x':
                    int max = kind == 'u' ? 4 : kind == 'U' ? 8 : 4;
                    int k = i + 2;
                    int code = 0;
                    while (k < to && k - (i + 2) < max && Hex(text[k]) is int digit and >= 0)
                    {
                        code = (code * 16) + digit;
                        k++;
                    }

                    if (k == i + 2 || (kind != 'x' && k - (i + 2) != max))
                    {
                        return false;
                    }

                    piece = char.ConvertFromUtf32(code);
                    i = k;
                    return true;
                default:
                    char? simple = kind switch
                    {
                        'n' => '\n', 't' => '\t', 'r' => '\r', '0' => '\0', 'a' => '\a', 'b' => '\b', 'f' => '\f', 'v' => '\v',
                        '\'' => '\'', '"' => '"', '\\' => '\\', 'e' => '\u001b',
                        _ => null,
                    };
                    if (simple == null)
                    {
                        return false;
                    }

                    piece = simple.Value.ToString();
                    i += 2;
                    return true;
            }
        }

        private static int Hex(char c) => c switch
        {
            >= '0' and <= '9' => c - '0',
            >= 'a' and <= 'f' => c - 'a' + 10,
            >= 'A' and <= 'F' => c - 'A' + 10,
            _ => -1,
        };

        /// <summary>
        /// Raw strings have no escapes; the value is the source minus delimiters, the first and last line breaks and
        /// the common indentation. Each value character is found in order in the source: only whitespace and quotes
        /// are ever skipped, so the characters of a name land where they are written.
        /// </summary>
        private static bool Align(string text, int from, int offset, string value, int[] starts, int[] lengths)
        {
            int k = from;
            for (int i = 0; i < value.Length; i++)
            {
                while (k < text.Length && text[k] != value[i])
                {
                    if (!char.IsWhiteSpace(text[k]) && text[k] != '"')
                    {
                        return false;
                    }

                    k++;
                }

                if (k >= text.Length)
                {
                    return false;
                }

                starts[i] = offset + k;
                lengths[i] = 1;
                k++;
            }

            return true;
        }
    }
}
