using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ParityKit.Analyzers.Flags
{
    /// <summary>
    /// A small, tolerant JSON reader for the appsettings*.json files the flag rules read: comments and trailing commas
    /// are accepted (as Microsoft.Extensions.Configuration.Json accepts them), positions are kept as offsets, and it
    /// never throws: a file it cannot read gives an error and where it happened.
    /// TODO: move to the shared Json/JsonReader once it is on main, and delete this file.
    /// </summary>
    internal static class FlagJson
    {
        private const int MaxDepth = 64;

        public static FlagJsonNode? Parse(string text, out string? error, out int errorOffset)
        {
            var parser = new Parser(text);
            FlagJsonNode? root = parser.ParseDocument();
            error = parser.Error;
            errorOffset = parser.ErrorOffset;
            return error is null ? root : null;
        }

        private sealed class Parser
        {
            private readonly string _text;
            private int _position;

            public Parser(string text) => _text = text;

            public string? Error { get; private set; }

            public int ErrorOffset { get; private set; }

            public FlagJsonNode? ParseDocument()
            {
                FlagJsonNode? root = ParseValue(0);
                if (Error is null)
                {
                    SkipTrivia();
                    if (_position < _text.Length)
                    {
                        Fail("unexpected text after the root value");
                    }
                }

                return root;
            }

            private FlagJsonNode? ParseValue(int depth)
            {
                SkipTrivia();
                if (_position >= _text.Length)
                {
                    return Fail("unexpected end of file");
                }

                if (depth > MaxDepth)
                {
                    return Fail("nested too deeply");
                }

                char c = _text[_position];
                switch (c)
                {
                    case '{':
                        return ParseObject(depth);
                    case '[':
                        return ParseArray(depth);
                    case '"':
                        return ParseString();
                    default:
                        return ParseLiteral();
                }
            }

            private FlagJsonNode? ParseObject(int depth)
            {
                int start = _position++;
                var properties = new List<FlagJsonProperty>();
                while (true)
                {
                    SkipTrivia();
                    if (_position >= _text.Length)
                    {
                        return Fail("an object is not closed");
                    }

                    if (_text[_position] == '}')
                    {
                        _position++;
                        return FlagJsonNode.Object(properties, start, _position - start);
                    }

                    if (_text[_position] != '"')
                    {
                        return Fail("expected a property name");
                    }

                    FlagJsonNode? name = ParseString();
                    SkipTrivia();
                    if (name is null || _position >= _text.Length || _text[_position] != ':')
                    {
                        return Error is null ? Fail("expected ':' after a property name") : null;
                    }

                    _position++;
                    FlagJsonNode? value = ParseValue(depth + 1);
                    if (value is null)
                    {
                        return null;
                    }

                    properties.Add(new FlagJsonProperty(name, value));
                    SkipTrivia();
                    if (_position < _text.Length && _text[_position] == ',')
                    {
                        _position++;
                    }
                    else if (_position < _text.Length && _text[_position] != '}')
                    {
                        return Fail("expected ',' or '}'");
                    }
                }
            }

            private FlagJsonNode? ParseArray(int depth)
            {
                int start = _position++;
                var items = new List<FlagJsonNode>();
                while (true)
                {
                    SkipTrivia();
                    if (_position >= _text.Length)
                    {
                        return Fail("an array is not closed");
                    }

                    if (_text[_position] == ']')
                    {
                        _position++;
                        return FlagJsonNode.Array(items, start, _position - start);
                    }

                    FlagJsonNode? item = ParseValue(depth + 1);
                    if (item is null)
                    {
                        return null;
                    }

                    items.Add(item);
                    SkipTrivia();
                    if (_position < _text.Length && _text[_position] == ',')
                    {
                        _position++;
                    }
                    else if (_position < _text.Length && _text[_position] != ']')
                    {
                        return Fail("expected ',' or ']'");
                    }
                }
            }

            private FlagJsonNode? ParseString()
            {
                int start = _position++;
                var value = new StringBuilder();
                while (_position < _text.Length)
                {
                    char c = _text[_position++];
                    if (c == '"')
                    {
                        return FlagJsonNode.String(value.ToString(), start, _position - start);
                    }

                    if (c == '\n')
                    {
                        break;
                    }

                    if (c != '\\')
                    {
                        value.Append(c);
                        continue;
                    }

                    if (_position >= _text.Length)
                    {
                        break;
                    }

                    char escape = _text[_position++];
                    switch (escape)
                    {
                        case 'n': value.Append('\n'); break;
                        case 't': value.Append('\t'); break;
                        case 'r': value.Append('\r'); break;
                        case 'b': value.Append('\b'); break;
                        case 'f': value.Append('\f'); break;
                        case 'u':
                            if (_position + 4 <= _text.Length
                                && int.TryParse(_text.Substring(_position, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int code))
                            {
                                value.Append((char)code);
                                _position += 4;
                                break;
                            }

                            _position = start;
                            return Fail("invalid \\u escape in a string");
                        default: value.Append(escape); break;
                    }
                }

                _position = start;
                return Fail("a string is not closed");
            }

            private FlagJsonNode? ParseLiteral()
            {
                int start = _position;
                while (_position < _text.Length && (char.IsLetterOrDigit(_text[_position]) || _text[_position] is '-' or '+' or '.'))
                {
                    _position++;
                }

                string word = _text.Substring(start, _position - start);
                switch (word)
                {
                    case "true":
                        return FlagJsonNode.Literal(FlagJsonKind.True, word, start);
                    case "false":
                        return FlagJsonNode.Literal(FlagJsonKind.False, word, start);
                    case "null":
                        return FlagJsonNode.Literal(FlagJsonKind.Null, word, start);
                }

                if (word.Length > 0 && double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                {
                    return FlagJsonNode.Literal(FlagJsonKind.Number, word, start);
                }

                _position = start;
                return Fail(word.Length == 0 ? $"unexpected '{_text[start]}'" : $"unexpected '{word}'");
            }

            private void SkipTrivia()
            {
                while (_position < _text.Length)
                {
                    char c = _text[_position];
                    if (char.IsWhiteSpace(c) || c == '\uFEFF')
                    {
                        _position++;
                    }
                    else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '/')
                    {
                        int end = _text.IndexOf('\n', _position);
                        _position = end < 0 ? _text.Length : end + 1;
                    }
                    else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '*')
                    {
                        int end = _text.IndexOf("*/", _position + 2, StringComparison.Ordinal);
                        _position = end < 0 ? _text.Length : end + 2;
                    }
                    else
                    {
                        return;
                    }
                }
            }

            private FlagJsonNode? Fail(string message)
            {
                if (Error is null)
                {
                    Error = message;
                    ErrorOffset = Math.Min(_position, _text.Length);
                }

                return null;
            }
        }
    }

    internal enum FlagJsonKind
    {
        Object,
        Array,
        String,
        Number,
        True,
        False,
        Null,
    }

    /// <summary>A parsed JSON value and where it is (offset and length in the file's text).</summary>
    internal sealed class FlagJsonNode
    {
        private static readonly List<FlagJsonProperty> NoProperties = new();
        private static readonly List<FlagJsonNode> NoItems = new();

        private FlagJsonNode(FlagJsonKind kind, string text, List<FlagJsonProperty> properties, List<FlagJsonNode> items, int start, int length)
        {
            Kind = kind;
            Text = text;
            Properties = properties;
            Items = items;
            Start = start;
            Length = length;
        }

        public FlagJsonKind Kind { get; }

        /// <summary>A string's unescaped value, or a literal as written.</summary>
        public string Text { get; }

        public IReadOnlyList<FlagJsonProperty> Properties { get; }

        public IReadOnlyList<FlagJsonNode> Items { get; }

        public int Start { get; }

        public int Length { get; }

        public int End => Start + Length;

        public static FlagJsonNode Object(List<FlagJsonProperty> properties, int start, int length) =>
            new(FlagJsonKind.Object, string.Empty, properties, NoItems, start, length);

        public static FlagJsonNode Array(List<FlagJsonNode> items, int start, int length) =>
            new(FlagJsonKind.Array, string.Empty, NoProperties, items, start, length);

        public static FlagJsonNode String(string value, int start, int length) =>
            new(FlagJsonKind.String, value, NoProperties, NoItems, start, length);

        public static FlagJsonNode Literal(FlagJsonKind kind, string text, int start) =>
            new(kind, text, NoProperties, NoItems, start, text.Length);

        /// <summary>A property by name, compared as configuration compares keys (case-insensitively, the last one wins).</summary>
        public FlagJsonNode? Get(string name)
        {
            for (int i = Properties.Count - 1; i >= 0; i--)
            {
                if (string.Equals(Properties[i].Name.Text, name, StringComparison.OrdinalIgnoreCase))
                {
                    return Properties[i].Value;
                }
            }

            return null;
        }

        /// <summary>A value as configuration sees it: <c>true</c>/<c>false</c> literals and strings that parse as a bool.</summary>
        public bool? AsBool() => Kind switch
        {
            FlagJsonKind.True => true,
            FlagJsonKind.False => false,
            FlagJsonKind.String when bool.TryParse(Text.Trim(), out bool value) => value,
            _ => null,
        };

        /// <summary>A number, or a string holding one (configuration values are strings).</summary>
        public double? AsNumber() =>
            Kind is FlagJsonKind.Number or FlagJsonKind.String
            && double.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
                ? value
                : null;
    }

    internal sealed class FlagJsonProperty
    {
        public FlagJsonProperty(FlagJsonNode name, FlagJsonNode value)
        {
            Name = name;
            Value = value;
        }

        public FlagJsonNode Name { get; }

        public FlagJsonNode Value { get; }
    }
}
