using System.Globalization;

namespace ParityKit.Analyzers.Json
{
    /// <summary>
    /// Reads parsed JSON the way Microsoft.Extensions.Configuration sees an <c>appsettings*.json</c> file: optional paths
    /// walked without null checks at every step, and scalars as the strings configuration turns them into (so
    /// <c>"true"</c> and <c>true</c> are the same value to a binder).
    /// </summary>
    internal static class JsonConfigurationValues
    {
        /// <summary>
        /// The value of the property <paramref name="name"/> when <paramref name="value"/> is an object (names compare
        /// case-insensitively, the last duplicate wins); <see langword="null"/> otherwise, so paths chain:
        /// <c>root.Property("a").Property("b")</c>.
        /// </summary>
        public static JsonValue? Property(this JsonValue? value, string name) =>
            value is JsonObject obj ? obj.GetValueOrNull(name) : null;

        /// <summary>
        /// The text configuration holds for a scalar: a string's value, a number as written, <c>true</c>/<c>false</c>;
        /// <see langword="null"/> for objects, arrays, <c>null</c> and a missing value.
        /// </summary>
        public static string? AsConfigurationText(this JsonValue? value) => value switch
        {
            JsonString text => text.Value,
            JsonNumber number => number.Text,
            { Kind: JsonValueKind.True } => "true",
            { Kind: JsonValueKind.False } => "false",
            _ => null,
        };

        /// <summary>The value as a binder reads a <c>bool</c>: <c>true</c>/<c>false</c> or a string that parses as one.</summary>
        public static bool? AsConfigurationBoolean(this JsonValue? value) =>
            value.AsConfigurationText() is { } text && bool.TryParse(text.Trim(), out bool result) ? result : null;

        /// <summary>The value as a binder reads a <c>double</c>: a number, or a string that holds one (invariant culture).</summary>
        public static double? AsConfigurationNumber(this JsonValue? value) =>
            value.AsConfigurationText() is { } text
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double result)
                ? result
                : null;
    }
}
