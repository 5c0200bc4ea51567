using System.Collections.Generic;
using System.Text;

namespace ParityKit.Analyzers.Browser.Scripts
{
    /// <summary>
    /// A small JavaScript tokenizer that finds <c>localStorage.setItem</c>, <c>sessionStorage.setItem</c> and
    /// <c>serviceWorker.register</c> calls. It knows enough of the language not to look inside comments, strings,
    /// template literals and regular expressions; it never throws and reads each character once, so unterminated strings,
    /// minified bundles, garbage and binary input cost no more than their length.
    /// </summary>
    internal static class ScriptScanner
    {
        public static List<ScriptFinding> Scan(string text) => Scan(text, 0, text.Length);

        /// <summary>Scans <c>[start, end)</c> of <paramref name="text"/> (an inline script's body); spans refer to the whole text.</summary>
        public static List<ScriptFinding> Scan(string text, int start, int end)
        {
            List<Token> tokens = Tokenize(text, start, end);
            var findings = new List<ScriptFinding>();
            for (int i = 0; i + 3 < tokens.Count; i++)
            {
                Token owner = tokens[i];
                if (owner.Kind != TokenKind.Identifier || !tokens[i + 1].IsPunct('.') || tokens[i + 2].Kind != TokenKind.Identifier || !tokens[i + 3].IsPunct('('))
                {
                    continue;
                }

                ScriptFindingKind kind;
                if (tokens[i + 2].Text == "setItem" && owner.Text == "localStorage")
                {
                    kind = ScriptFindingKind.LocalStorageWrite;
                }
                else if (tokens[i + 2].Text == "setItem" && owner.Text == "sessionStorage")
                {
                    kind = ScriptFindingKind.SessionStorageWrite;
                }
                else if (tokens[i + 2].Text == "register" && owner.Text == "serviceWorker")
                {
                    kind = ScriptFindingKind.ServiceWorkerRegistration;
                }
                else
                {
                    continue;
                }

                // The argument counts when it is a whole literal: "key" followed by ',' or ')'.
                Token? argument = i + 5 < tokens.Count ? tokens[i + 4] : null;
                bool literal = argument is { Kind: TokenKind.String } && (tokens[i + 5].IsPunct(',') || tokens[i + 5].IsPunct(')'));
                findings.Add(literal
                    ? new ScriptFinding(kind, argument!.Text, argument.Start, argument.Length)
                    : new ScriptFinding(kind, null, tokens[i + 2].Start, tokens[i + 2].Length));
            }

            return findings;
        }

        private static List<Token> Tokenize(string text, int start, int end)
        {
            var tokens = new List<Token>();
            int pos = start;
            while (pos < end)
            {
                char c = text[pos];
                if (char.IsWhiteSpace(c) || c < ' ')
                {
                    pos++;
                }
                else if (c == '/' && pos + 1 < end && text[pos + 1] == '/')
                {
                    while (pos < end && text[pos] != '\n' && text[pos] != '\r')
                    {
                        pos++;
                    }
                }
                else if (c == '/' && pos + 1 < end && text[pos + 1] == '*')
                {
                    int close = text.IndexOf("*/", pos + 2, end - pos - 2, System.StringComparison.Ordinal);
                    pos = close < 0 ? end : close + 2;
                }
                else if (c == '"' || c == '\'' || c == '`')
                {
                    pos = ReadString(text, pos, end, tokens);
                }
                else if (c == '/' && StartsRegex(tokens))
                {
                    pos = SkipRegex(text, pos, end);
                    tokens.Add(new Token(TokenKind.Other, "/", pos, 0));
                }
                else if (IsIdentifierStart(c))
                {
                    int begin = pos;
                    while (pos < end && IsIdentifierPart(text[pos]))
                    {
                        pos++;
                    }

                    tokens.Add(new Token(TokenKind.Identifier, text.Substring(begin, pos - begin), begin, pos - begin));
                }
                else if (c >= '0' && c <= '9')
                {
                    int begin = pos;
                    while (pos < end && (IsIdentifierPart(text[pos]) || text[pos] == '.'))
                    {
                        pos++;
                    }

                    tokens.Add(new Token(TokenKind.Number, string.Empty, begin, pos - begin));
                }
                else
                {
                    tokens.Add(new Token(TokenKind.Punct, c.ToString(), pos, 1));
                    pos++;
                }
            }

            return tokens;
        }

        /// <summary>Reads a quoted string or template literal; one with <c>${</c> holes is not a literal value.</summary>
        private static int ReadString(string text, int start, int end, List<Token> tokens)
        {
            char quote = text[start];
            var value = new StringBuilder();
            bool dynamic = false;
            int pos = start + 1;
            while (pos < end)
            {
                char c = text[pos];
                if (c == quote)
                {
                    pos++;
                    tokens.Add(new Token(dynamic ? TokenKind.Other : TokenKind.String, value.ToString(), start, pos - start));
                    return pos;
                }

                if (c == '\\' && pos + 1 < end)
                {
                    char escaped = text[pos + 1];
                    value.Append(escaped switch { 'n' => '\n', 't' => '\t', 'r' => '\r', _ => escaped });
                    pos += 2;
                    continue;
                }

                if ((c == '\n' || c == '\r') && quote != '`')
                {
                    // Unterminated: JavaScript would not accept it either; go on after the line.
                    tokens.Add(new Token(TokenKind.Other, string.Empty, start, pos - start));
                    return pos;
                }

                if (quote == '`' && c == '$' && pos + 1 < end && text[pos + 1] == '{')
                {
                    dynamic = true;
                }

                value.Append(c);
                pos++;
            }

            tokens.Add(new Token(TokenKind.Other, string.Empty, start, end - start));
            return end;
        }

        /// <summary>A '/' starts a regular expression unless it follows something a division could follow.</summary>
        private static bool StartsRegex(List<Token> tokens)
        {
            if (tokens.Count == 0)
            {
                return true;
            }

            Token previous = tokens[tokens.Count - 1];
            return previous.Kind switch
            {
                TokenKind.Identifier => previous.Text is "return" or "typeof" or "case" or "do" or "else" or "in" or "of" or "new" or "delete" or "void" or "throw",
                TokenKind.Number or TokenKind.String or TokenKind.Other => false,
                _ => !(previous.IsPunct(')') || previous.IsPunct(']') || previous.IsPunct('}')),
            };
        }

        private static int SkipRegex(string text, int start, int end)
        {
            bool inClass = false;
            int pos = start + 1;
            while (pos < end)
            {
                char c = text[pos];
                if (c == '\n' || c == '\r')
                {
                    return pos;
                }

                if (c == '\\')
                {
                    pos += 2;
                    continue;
                }

                if (c == '[')
                {
                    inClass = true;
                }
                else if (c == ']')
                {
                    inClass = false;
                }
                else if (c == '/' && !inClass)
                {
                    return pos + 1;
                }

                pos++;
            }

            return end;
        }

        private static bool IsIdentifierStart(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';

        private static bool IsIdentifierPart(char c) => IsIdentifierStart(c) || (c >= '0' && c <= '9');

        private enum TokenKind
        {
            Identifier,
            String,
            Number,
            Punct,
            Other,
        }

        private sealed class Token
        {
            public Token(TokenKind kind, string text, int start, int length)
            {
                Kind = kind;
                Text = text;
                Start = start;
                Length = length;
            }

            public TokenKind Kind { get; }

            public string Text { get; }

            public int Start { get; }

            public int Length { get; }

            public bool IsPunct(char c) => Kind == TokenKind.Punct && Text.Length == 1 && Text[0] == c;
        }
    }
}
