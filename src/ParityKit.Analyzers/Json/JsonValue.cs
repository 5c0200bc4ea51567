namespace ParityKit.Analyzers.Json
{
    /// <summary>The kind of a <see cref="JsonValue"/>.</summary>
    internal enum JsonValueKind
    {
        Object,
        Array,
        String,
        Number,
        True,
        False,
        Null,
    }

    /// <summary>
    /// Where a value starts in the parsed text: the offset for building spans, and the 1-based line and column
    /// (UTF-16 code units, line breaks as Roslyn's <c>SourceText</c> counts them) for reporting.
    /// </summary>
    internal readonly struct JsonPosition
    {
        public JsonPosition(int offset, int line, int column)
        {
            Offset = offset;
            Line = line;
            Column = column;
        }

        public int Offset { get; }

        public int Line { get; }

        public int Column { get; }

        public override string ToString() => "(" + Line + "," + Column + ")";
    }

    /// <summary>A parsed JSON value and where it was written.</summary>
    internal abstract class JsonValue
    {
        private protected JsonValue(JsonPosition start, int length)
        {
            Start = start;
            Length = length;
        }

        public abstract JsonValueKind Kind { get; }

        /// <summary>The position of the value's first character (a string's opening quote).</summary>
        public JsonPosition Start { get; }

        /// <summary>The length of the value's text, delimiters included.</summary>
        public int Length { get; }
    }

    internal sealed class JsonString : JsonValue
    {
        public JsonString(string value, JsonPosition start, int length)
            : base(start, length) => Value = value;

        public override JsonValueKind Kind => JsonValueKind.String;

        /// <summary>The unescaped text.</summary>
        public string Value { get; }
    }

    internal sealed class JsonNumber : JsonValue
    {
        public JsonNumber(string text, JsonPosition start)
            : base(start, text.Length) => Text = text;

        public override JsonValueKind Kind => JsonValueKind.Number;

        /// <summary>The number as written (the reader has checked it follows the JSON grammar).</summary>
        public string Text { get; }

        public bool TryGetInt64(out long value) =>
            long.TryParse(Text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out value);

        public bool TryGetDouble(out double value) =>
            double.TryParse(Text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out value);
    }

    /// <summary><c>true</c>, <c>false</c> or <c>null</c>.</summary>
    internal sealed class JsonLiteral : JsonValue
    {
        public JsonLiteral(JsonValueKind kind, JsonPosition start, int length)
            : base(start, length) => Kind = kind;

        public override JsonValueKind Kind { get; }
    }
}
