namespace ParityKit.Analyzers.Json
{
    /// <summary>The outcome of <see cref="JsonReader.Parse"/>: a root value, or why and where parsing stopped.</summary>
    internal sealed class JsonParseResult
    {
        private JsonParseResult(JsonValue? root, string? error, JsonPosition errorPosition)
        {
            Root = root;
            Error = error;
            ErrorPosition = errorPosition;
        }

        /// <summary>The root value; <c>null</c> when parsing failed.</summary>
        public JsonValue? Root { get; }

        /// <summary>What went wrong; <c>null</c> on success.</summary>
        public string? Error { get; }

        /// <summary>Where it went wrong (1-based line and column).</summary>
        public JsonPosition ErrorPosition { get; }

        public bool Success => Root != null;

        public static JsonParseResult Ok(JsonValue root) => new(root, null, default);

        public static JsonParseResult Failure(string error, JsonPosition position) => new(null, error, position);
    }
}
