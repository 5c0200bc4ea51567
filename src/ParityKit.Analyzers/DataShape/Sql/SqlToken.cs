namespace ParityKit.Analyzers.DataShape.Sql
{
    internal enum SqlTokenKind
    {
        /// <summary>An unquoted word: a keyword or an identifier.</summary>
        Word,

        /// <summary>A <c>"quoted"</c>, <c>[bracketed]</c> or <c>`backticked`</c> identifier.</summary>
        QuotedIdentifier,

        StringLiteral,
        Number,

        /// <summary><c>@p</c>, <c>:p</c>, <c>$1</c>, <c>?</c>, <c>{0}</c>.</summary>
        Parameter,

        /// <summary>A hole in the SQL text: an interpolation or a non-constant piece of a concatenation.</summary>
        Hole,

        /// <summary>Punctuation or an operator; <see cref="SqlToken.Value"/> holds it.</summary>
        Symbol,

        /// <summary>Text the tokenizer cannot read (an unterminated string, comment or quoted identifier).</summary>
        Error,

        /// <summary>Stands before the first and after the last token, so look-ahead never runs off the end.</summary>
        EndOfText,
    }

    /// <summary>
    /// A token of SQL text. <see cref="Start"/>/<see cref="Length"/> cover the token in the SQL; for a quoted identifier
    /// <see cref="ValueStart"/>/<see cref="ValueLength"/> cover only the name inside the quotes, which is what a rename
    /// rewrites. <see cref="Value"/> is the identifier with its quotes removed and doubled quotes undone.
    /// </summary>
    internal readonly struct SqlToken
    {
        public static readonly SqlToken EndOfText = new(SqlTokenKind.EndOfText, 0, 0, string.Empty);

        public SqlToken(SqlTokenKind kind, int start, int length, string value, char quote = '\0', int valueStart = -1, int valueLength = -1)
        {
            Kind = kind;
            Start = start;
            Length = length;
            Value = value;
            Quote = quote;
            ValueStart = valueStart < 0 ? start : valueStart;
            ValueLength = valueLength < 0 ? length : valueLength;
        }

        public SqlTokenKind Kind { get; }

        public int Start { get; }

        public int Length { get; }

        public int End => Start + Length;

        public string Value { get; }

        /// <summary>The opening quote of a quoted identifier (<c>"</c>, <c>[</c> or <c>`</c>), otherwise <c>\0</c>.</summary>
        public char Quote { get; }

        public int ValueStart { get; }

        public int ValueLength { get; }

        public bool IsIdentifier => Kind == SqlTokenKind.Word || Kind == SqlTokenKind.QuotedIdentifier;

        public bool IsSymbol(string symbol) => Kind == SqlTokenKind.Symbol && Value == symbol;

        public override string ToString() => Kind + ":" + Value;
    }
}
