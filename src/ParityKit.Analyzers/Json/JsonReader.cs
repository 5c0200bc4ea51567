using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace ParityKit.Analyzers.Json
{
    /// <summary>
    /// A small JSON parser for analyzers, which cannot ship System.Text.Json. It reads what
    /// Microsoft.Extensions.Configuration accepts in <c>appsettings*.json</c> (RFC 8259 plus <c>//</c> and <c>/* */</c>
    /// comments and trailing commas), records where every value and property name starts so rules can report at the
    /// right line, and never throws: bad input gives a failed <see cref="JsonParseResult"/> with a line and column.
    /// </summary>
    internal sealed class JsonReader
    {
        // Deep enough for any configuration file; shallow enough that recursion cannot exhaust the stack.
        private const int MaxDepth = 128;

        private readonly string _text;
        private int _pos;
        private int _line = 1;
        private int _lineStart;
        private string? _error;
        private JsonPosition _errorPosition;

        private JsonReader(string text) => _text = text;

        public static JsonParseResult Parse(string? text) => new JsonReader(text ?? string.Empty).ParseDocument();

        private JsonPosition Here => new(_pos, _line, _pos - _lineStart + 1);

        private bool AtEnd => _pos >= _text.Length;

        private JsonParseResult ParseDocument()
        {
            // A byte order mark can survive decoding when the text did not come from a file reader.
            if (_text.Length > 0 && _text[0] == '\uFEFF')
            {
                _pos = 1;
                _lineStart = 1;
            }

            JsonValue? root = null;
            if (SkipTrivia())
            {
                if (AtEnd)
                {
                    Fail("The document is empty.");
                }
                else
                {
                    root = ParseValue(depth: 0);
                    if (root != null && SkipTrivia() && !AtEnd)
                    {
                        Fail("Unexpected " + Describe(_text[_pos]) + " after the end of the document.");
                        root = null;
                    }
                }
            }

            return root != null && _error == null
                ? JsonParseResult.Ok(root)
                : JsonParseResult.Failure(_error ?? "Invalid JSON.", _errorPosition);
        }

        private JsonValue? ParseValue(int depth)
        {
            if (AtEnd)
            {
                return Fail("Unexpected end of the document; a value was expected.");
            }

            char c = _text[_pos];
            switch (c)
            {
                case '{':
                    return ParseObject(depth + 1);
                case '[':
                    return ParseArray(depth + 1);
                case '"':
                    return ParseString();
                case 't':
                    return ParseLiteral("true", JsonValueKind.True);
                case 'f':
                    return ParseLiteral("false", JsonValueKind.False);
                case 'n':
                    return ParseLiteral("null", JsonValueKind.Null);
                default:
                    return c == '-' || IsDigit(c) ? ParseNumber() : Fail("Unexpected " + Describe(c) + "; a value was expected.");
            }
        }

        private JsonValue? ParseObject(int depth)
        {
            if (depth > MaxDepth)
            {
                return Fail("The document is nested more than " + MaxDepth + " levels deep.");
            }

            JsonPosition start = Here;
            _pos++;
            ImmutableArray<JsonProperty>.Builder properties = ImmutableArray.CreateBuilder<JsonProperty>();
            if (!SkipTrivia())
            {
                return null;
            }

            while (AtEnd || _text[_pos] != '}')
            {
                if (AtEnd || _text[_pos] != '"')
                {
                    return Fail(AtEnd ? "Unexpected end of the document; the object is not closed." : "Unexpected " + Describe(_text[_pos]) + "; a property name in double quotes was expected.");
                }

                var name = (JsonString?)ParseString();
                if (name == null || !SkipTrivia())
                {
                    return null;
                }

                if (AtEnd || _text[_pos] != ':')
                {
                    return Fail("Expected ':' after the property name.");
                }

                _pos++;
                JsonValue? value = SkipTrivia() ? ParseValue(depth) : null;
                if (value == null)
                {
                    return null;
                }

                properties.Add(new JsonProperty(name, value));
                if (!SkipSeparator('}'))
                {
                    return null;
                }
            }

            _pos++;
            return new JsonObject(properties.ToImmutable(), start, _pos - start.Offset);
        }

        private JsonValue? ParseArray(int depth)
        {
            if (depth > MaxDepth)
            {
                return Fail("The document is nested more than " + MaxDepth + " levels deep.");
            }

            JsonPosition start = Here;
            _pos++;
            ImmutableArray<JsonValue>.Builder items = ImmutableArray.CreateBuilder<JsonValue>();
            if (!SkipTrivia())
            {
                return null;
            }

            while (AtEnd || _text[_pos] != ']')
            {
                JsonValue? item = ParseValue(depth);
                if (item == null)
                {
                    return null;
                }

                items.Add(item);
                if (!SkipSeparator(']'))
                {
                    return null;
                }
            }

            _pos++;
            return new JsonArray(items.ToImmutable(), start, _pos - start.Offset);
        }

        /// <summary>
        /// After a member: accepts a comma (and then a closing bracket, as a tolerated trailing comma) or the closing
        /// bracket itself, which is left for the caller to consume.
        /// </summary>
        private bool SkipSeparator(char close)
        {
            if (!SkipTrivia())
            {
                return false;
            }

            if (!AtEnd && _text[_pos] == ',')
            {
                _pos++;
                return SkipTrivia();
            }

            if (!AtEnd && _text[_pos] == close)
            {
                return true;
            }

            Fail(AtEnd
                ? "Unexpected end of the document; expected ',' or '" + close + "'."
                : "Unexpected " + Describe(_text[_pos]) + "; expected ',' or '" + close + "'.");
            return false;
        }

        private JsonValue? ParseString()
        {
            JsonPosition start = Here;
            _pos++;
            StringBuilder? unescaped = null;
            int runStart = _pos;
            while (!AtEnd)
            {
                char c = _text[_pos];
                if (c == '"')
                {
                    string value = unescaped == null
                        ? _text.Substring(runStart, _pos - runStart)
                        : unescaped.Append(_text, runStart, _pos - runStart).ToString();
                    _pos++;
                    return new JsonString(value, start, _pos - start.Offset);
                }

                if (c == '\\')
                {
                    unescaped ??= new StringBuilder();
                    unescaped.Append(_text, runStart, _pos - runStart);
                    if (!AppendEscape(unescaped))
                    {
                        return null;
                    }

                    runStart = _pos;
                }
                else if (c == '\n' || c == '\r')
                {
                    return Fail("The string is not closed before the end of the line.", start);
                }
                else if (c < ' ')
                {
                    return Fail("Unescaped control character " + Describe(c) + " in a string.");
                }
                else if (!TryConsumeLineBreak())
                {
                    _pos++;
                }
            }

            return Fail("The string is not closed before the end of the document.", start);
        }

        private bool AppendEscape(StringBuilder builder)
        {
            if (_pos + 1 >= _text.Length)
            {
                Fail("The string is not closed before the end of the document.");
                return false;
            }

            char escaped = _text[_pos + 1];
            switch (escaped)
            {
                case '"':
                case '\\':
                case '/':
                    builder.Append(escaped);
                    break;
                case 'b':
                    builder.Append('\b');
                    break;
                case 'f':
                    builder.Append('\f');
                    break;
                case 'n':
                    builder.Append('\n');
                    break;
                case 'r':
                    builder.Append('\r');
                    break;
                case 't':
                    builder.Append('\t');
                    break;
                case 'u':
                    if (_pos + 6 > _text.Length
                        || !int.TryParse(_text.Substring(_pos + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
                    {
                        Fail("A \\u escape needs four hexadecimal digits.");
                        return false;
                    }

                    // Surrogate pairs arrive as two escapes and are appended as the two halves they are.
                    builder.Append((char)code);
                    _pos += 6;
                    return true;
                default:
                    Fail("Invalid escape sequence '\\" + escaped + "'.");
                    return false;
            }

            _pos += 2;
            return true;
        }

        private JsonValue? ParseNumber()
        {
            JsonPosition start = Here;
            if (_text[_pos] == '-')
            {
                _pos++;
            }

            if (!AtEnd && _text[_pos] == '0')
            {
                _pos++;
            }
            else if (!SkipDigits())
            {
                return Fail("Invalid number: a digit was expected.");
            }

            if (!AtEnd && _text[_pos] == '.')
            {
                _pos++;
                if (!SkipDigits())
                {
                    return Fail("Invalid number: a digit was expected after the decimal point.");
                }
            }

            if (!AtEnd && (_text[_pos] == 'e' || _text[_pos] == 'E'))
            {
                _pos++;
                if (!AtEnd && (_text[_pos] == '+' || _text[_pos] == '-'))
                {
                    _pos++;
                }

                if (!SkipDigits())
                {
                    return Fail("Invalid number: a digit was expected in the exponent.");
                }
            }

            return new JsonNumber(_text.Substring(start.Offset, _pos - start.Offset), start);
        }

        private bool SkipDigits()
        {
            int begin = _pos;
            while (!AtEnd && IsDigit(_text[_pos]))
            {
                _pos++;
            }

            return _pos > begin;
        }

        private JsonValue? ParseLiteral(string word, JsonValueKind kind)
        {
            JsonPosition start = Here;
            if (string.CompareOrdinal(_text, _pos, word, 0, word.Length) != 0)
            {
                return Fail("Unexpected " + Describe(_text[_pos]) + "; a value was expected.");
            }

            _pos += word.Length;
            return new JsonLiteral(kind, start, word.Length);
        }

        /// <summary>Skips whitespace and comments. Returns false (with the error set) on an unclosed comment or a stray '/'.</summary>
        private bool SkipTrivia()
        {
            while (!AtEnd)
            {
                char c = _text[_pos];
                if (c == ' ' || c == '\t')
                {
                    _pos++;
                }
                else if (c == '\r' || c == '\n')
                {
                    TryConsumeLineBreak();
                }
                else if (c == '/' && _pos + 1 < _text.Length && _text[_pos + 1] == '/')
                {
                    _pos += 2;
                    while (!AtEnd && !TryConsumeLineBreak())
                    {
                        _pos++;
                    }
                }
                else if (c == '/' && _pos + 1 < _text.Length && _text[_pos + 1] == '*')
                {
                    JsonPosition start = Here;
                    _pos += 2;
                    while (!(_pos + 1 < _text.Length && _text[_pos] == '*' && _text[_pos + 1] == '/'))
                    {
                        if (AtEnd)
                        {
                            Fail("The comment is not closed before the end of the document.", start);
                            return false;
                        }

                        if (!TryConsumeLineBreak())
                        {
                            _pos++;
                        }
                    }

                    _pos += 2;
                }
                else if (c == '/')
                {
                    Fail("Unexpected '/'; comments start with '//' or '/*'.");
                    return false;
                }
                else
                {
                    return true;
                }
            }

            return true;
        }

        /// <summary>Consumes a line break at the current position, counting lines the way Roslyn's <c>SourceText</c> does.</summary>
        private bool TryConsumeLineBreak()
        {
            char c = _text[_pos];
            if (c == '\r')
            {
                _pos += _pos + 1 < _text.Length && _text[_pos + 1] == '\n' ? 2 : 1;
            }
            else if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029')
            {
                _pos++;
            }
            else
            {
                return false;
            }

            _line++;
            _lineStart = _pos;
            return true;
        }

        private JsonValue? Fail(string message) => Fail(message, Here);

        private JsonValue? Fail(string message, JsonPosition position)
        {
            // The first error is the one worth reporting; later ones are consequences.
            if (_error == null)
            {
                _error = message;
                _errorPosition = position;
            }

            return null;
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static string Describe(char c) =>
            c > ' ' && c < 0x7F ? "'" + c + "'" : "character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
    }
}
