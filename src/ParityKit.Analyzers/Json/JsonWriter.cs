using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ParityKit.Analyzers.Json
{
    /// <summary>
    /// A small JSON writer whose output depends only on the calls made: two-space indentation, <c>\n</c> newlines, one
    /// value per line, empty containers as <c>[]</c>/<c>{}</c>, and everything outside printable ASCII escaped as
    /// <c>\uXXXX</c>, so the same facts give the same bytes on every machine and in every encoding. Analyzers cannot
    /// ship System.Text.Json (the compiler does not load analyzer dependencies), hence our own.
    /// </summary>
    internal sealed class JsonWriter
    {
        private readonly StringBuilder _text = new();
        private readonly Stack<bool> _containerHasItems = new();
        private bool _afterPropertyName;

        public void WriteStartObject() => Open('{');

        public void WriteEndObject() => Close('}');

        public void WriteStartArray() => Open('[');

        public void WriteEndArray() => Close(']');

        public void WritePropertyName(string name)
        {
            BeginItem();
            AppendString(name);
            _text.Append(": ");
            _afterPropertyName = true;
        }

        public void WriteStringValue(string? value)
        {
            BeginValue();
            if (value is null)
            {
                _text.Append("null");
            }
            else
            {
                AppendString(value);
            }
        }

        public void WriteNumberValue(int value)
        {
            BeginValue();
            _text.Append(value.ToString(CultureInfo.InvariantCulture));
        }

        /// <summary>A number already in JSON's invariant form (e.g. <c>-12.5</c>), written as is.</summary>
        public void WriteRawNumberValue(string number)
        {
            BeginValue();
            _text.Append(number);
        }

        public void WriteBooleanValue(bool value)
        {
            BeginValue();
            _text.Append(value ? "true" : "false");
        }

        public void WriteNullValue()
        {
            BeginValue();
            _text.Append("null");
        }

        public void WriteString(string name, string? value)
        {
            WritePropertyName(name);
            WriteStringValue(value);
        }

        public void WriteNumber(string name, int value)
        {
            WritePropertyName(name);
            WriteNumberValue(value);
        }

        public void WriteBoolean(string name, bool value)
        {
            WritePropertyName(name);
            WriteBooleanValue(value);
        }

        public void WriteNull(string name)
        {
            WritePropertyName(name);
            WriteNullValue();
        }

        /// <summary>An array of strings, in the order given (callers sort when order carries no meaning).</summary>
        public void WriteStringArray(string name, IEnumerable<string> values)
        {
            WritePropertyName(name);
            WriteStartArray();
            foreach (string value in values)
            {
                WriteStringValue(value);
            }

            WriteEndArray();
        }

        /// <summary>The text written so far; complete once every container is closed.</summary>
        public override string ToString() => _text.ToString();

        private void Open(char bracket)
        {
            BeginValue();
            _text.Append(bracket);
            _containerHasItems.Push(false);
        }

        private void Close(char bracket)
        {
            bool hadItems = _containerHasItems.Pop();
            if (hadItems)
            {
                NewLine();
            }

            _text.Append(bracket);
        }

        // A value either follows its property name on the same line or starts a new item of the enclosing array.
        private void BeginValue()
        {
            if (_afterPropertyName)
            {
                _afterPropertyName = false;
            }
            else if (_containerHasItems.Count > 0)
            {
                BeginItem();
            }
        }

        private void BeginItem()
        {
            if (_containerHasItems.Pop())
            {
                _text.Append(',');
            }

            _containerHasItems.Push(true);
            NewLine();
        }

        private void NewLine()
        {
            _text.Append('\n');
            _text.Append(' ', 2 * _containerHasItems.Count);
        }

        private void AppendString(string value)
        {
            _text.Append('"');
            foreach (char c in value)
            {
                switch (c)
                {
                    case '"': _text.Append("\\\""); break;
                    case '\\': _text.Append("\\\\"); break;
                    case '\n': _text.Append("\\n"); break;
                    case '\r': _text.Append("\\r"); break;
                    case '\t': _text.Append("\\t"); break;
                    case '\b': _text.Append("\\b"); break;
                    case '\f': _text.Append("\\f"); break;
                    default:
                        if (c < ' ' || c > '~')
                        {
                            _text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            _text.Append(c);
                        }

                        break;
                }
            }

            _text.Append('"');
        }
    }
}
