using System;
using System.Collections.Immutable;

namespace ParityKit.Analyzers.Json
{
    /// <summary>A JSON object. Properties keep their order, and duplicates are kept too (the last one wins on lookup).</summary>
    internal sealed class JsonObject : JsonValue
    {
        public JsonObject(ImmutableArray<JsonProperty> properties, JsonPosition start, int length)
            : base(start, length) => Properties = properties;

        public override JsonValueKind Kind => JsonValueKind.Object;

        public ImmutableArray<JsonProperty> Properties { get; }

        /// <summary>
        /// Finds a property the way Microsoft.Extensions.Configuration does: names compare case-insensitively and a
        /// later duplicate overrides an earlier one.
        /// </summary>
        public bool TryGetProperty(string name, out JsonProperty property)
        {
            for (int i = Properties.Length - 1; i >= 0; i--)
            {
                if (string.Equals(Properties[i].Name.Value, name, StringComparison.OrdinalIgnoreCase))
                {
                    property = Properties[i];
                    return true;
                }
            }

            property = null!;
            return false;
        }

        public JsonValue? GetValueOrNull(string name) => TryGetProperty(name, out JsonProperty property) ? property.Value : null;
    }

    /// <summary>A property of a <see cref="JsonObject"/>; its name is a <see cref="JsonString"/> so it has a position too.</summary>
    internal sealed class JsonProperty
    {
        public JsonProperty(JsonString name, JsonValue value)
        {
            Name = name;
            Value = value;
        }

        public JsonString Name { get; }

        public JsonValue Value { get; }
    }

    internal sealed class JsonArray : JsonValue
    {
        public JsonArray(ImmutableArray<JsonValue> items, JsonPosition start, int length)
            : base(start, length) => Items = items;

        public override JsonValueKind Kind => JsonValueKind.Array;

        public ImmutableArray<JsonValue> Items { get; }
    }
}
