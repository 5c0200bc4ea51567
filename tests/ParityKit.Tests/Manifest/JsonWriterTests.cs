using ParityKit.Analyzers.Json;

namespace ParityKit.Tests.Manifest;

public class JsonWriterTests
{
    [Fact]
    public void Nested_containers_are_indented_and_empty_ones_stay_inline()
    {
        var json = new JsonWriter();
        json.WriteStartObject();
        json.WriteNumber("n", 1);
        json.WritePropertyName("list");
        json.WriteStartArray();
        json.WriteStringValue("a");
        json.WriteStartObject();
        json.WriteBoolean("b", true);
        json.WriteNull("c");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStringArray("empty", []);
        json.WritePropertyName("none");
        json.WriteStartObject();
        json.WriteEndObject();
        json.WriteEndObject();

        Assert.Equal(
            "{\n  \"n\": 1,\n  \"list\": [\n    \"a\",\n    {\n      \"b\": true,\n      \"c\": null\n    }\n  ],\n  \"empty\": [],\n  \"none\": {}\n}",
            json.ToString());
    }

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("q\"b\\", "\"q\\\"b\\\\\"")]
    [InlineData("\n\r\t\b\f", "\"\\n\\r\\t\\b\\f\"")]
    [InlineData("\u0001\u007F", "\"\\u0001\\u007F\"")]
    [InlineData("€ü", "\"\\u20AC\\u00FC\"")]
    [InlineData("😀", "\"\\uD83D\\uDE00\"")]
    [InlineData("</script>", "\"</script>\"")]
    public void Strings_are_escaped_to_printable_ascii(string value, string expected)
    {
        var json = new JsonWriter();
        json.WriteStringValue(value);
        Assert.Equal(expected, json.ToString());
        Assert.Equal(value, System.Text.Json.JsonSerializer.Deserialize<string>(json.ToString()));
    }
}
