using ParityKit.Analyzers.Json;

namespace ParityKit.Tests.Json;

public class JsonReaderTests
{
    [Fact]
    public void Reads_scalars_objects_and_arrays()
    {
        JsonObject root = ParseObject("""{ "s": "text", "i": -12, "d": 1.5e3, "t": true, "f": false, "n": null, "a": [1, "two", []], "o": {} }""");

        Assert.Equal(["s", "i", "d", "t", "f", "n", "a", "o"], root.Properties.Select(p => p.Name.Value));
        Assert.Equal("text", Assert.IsType<JsonString>(root.GetValueOrNull("s")).Value);
        Assert.True(Assert.IsType<JsonNumber>(root.GetValueOrNull("i")).TryGetInt64(out long i));
        Assert.Equal(-12, i);
        Assert.True(Assert.IsType<JsonNumber>(root.GetValueOrNull("d")).TryGetDouble(out double d));
        Assert.Equal(1500d, d);
        Assert.Equal(JsonValueKind.True, root.GetValueOrNull("t")!.Kind);
        Assert.Equal(JsonValueKind.False, root.GetValueOrNull("f")!.Kind);
        Assert.Equal(JsonValueKind.Null, root.GetValueOrNull("n")!.Kind);
        JsonArray array = Assert.IsType<JsonArray>(root.GetValueOrNull("a"));
        Assert.Equal([JsonValueKind.Number, JsonValueKind.String, JsonValueKind.Array], array.Items.Select(v => v.Kind));
        Assert.Empty(Assert.IsType<JsonObject>(root.GetValueOrNull("o")).Properties);
    }

    [Theory]
    [InlineData("42", "Number")]
    [InlineData("\"x\"", "String")]
    [InlineData(" null ", "Null")]
    [InlineData("[]", "Array")]
    public void Any_value_can_be_the_root(string text, string kind)
    {
        JsonParseResult result = JsonReader.Parse(text);
        Assert.True(result.Success, result.Error);
        Assert.Equal(kind, result.Root!.Kind.ToString());
    }

    [Fact]
    public void Records_line_and_column_of_names_and_values()
    {
        string text = "{\n  \"Logging\": {\r\n    \"Level\": \"Warning\"\n  },\n\t\"Flags\": [ true,\n false ]\n}";
        JsonObject root = ParseObject(text);

        JsonProperty logging = root.Properties[0];
        Assert.Equal((2, 3), (logging.Name.Start.Line, logging.Name.Start.Column));
        Assert.Equal((2, 14), (logging.Value.Start.Line, logging.Value.Start.Column));

        JsonProperty level = ((JsonObject)logging.Value).Properties[0];
        Assert.Equal((3, 5), (level.Name.Start.Line, level.Name.Start.Column));
        Assert.Equal((3, 14), (level.Value.Start.Line, level.Value.Start.Column));
        Assert.Equal("\"Warning\"", text.Substring(level.Value.Start.Offset, level.Value.Length));

        JsonProperty flags = root.Properties[1];
        Assert.Equal((5, 2), (flags.Name.Start.Line, flags.Name.Start.Column));
        JsonArray items = (JsonArray)flags.Value;
        Assert.Equal((5, 13), (items.Items[0].Start.Line, items.Items[0].Start.Column));
        Assert.Equal((6, 2), (items.Items[1].Start.Line, items.Items[1].Start.Column));
        Assert.Equal(text.Length, root.Length);
    }

    [Fact]
    public void Counts_line_breaks_the_way_SourceText_does()
    {
        // CR, LF, CRLF, and U+2028 inside a string are each one line break for Roslyn.
        string text = "[\r\"a\u2028b\",\n\r\n 1]";
        JsonArray array = Assert.IsType<JsonArray>(JsonReader.Parse(text).Root);

        var lines = Microsoft.CodeAnalysis.Text.SourceText.From(text).Lines;
        foreach (JsonValue item in array.Items)
        {
            var expected = lines.GetLinePosition(item.Start.Offset);
            Assert.Equal((expected.Line + 1, expected.Character + 1), (item.Start.Line, item.Start.Column));
        }
    }

    [Fact]
    public void Unescapes_strings()
    {
        JsonObject root = ParseObject("""{ "e": "q\" b\\ s\/ \b\f\n\r\t u\u00e9\u20AC \ud83d\ude00 end", "k\u0041y": 1 }""");

        Assert.Equal("q\" b\\ s/ \b\f\n\r\t u\u00e9\u20ac \U0001F600 end", ((JsonString)root.GetValueOrNull("e")!).Value);
        Assert.Equal("kAy", root.Properties[1].Name.Value);
    }

    [Fact]
    public void Accepts_what_configuration_files_contain_comments_trailing_commas_and_a_bom()
    {
        JsonObject root = ParseObject("\uFEFF// header\n{ /* block\n comment */ \"a\": [1, 2,], \"b\": 3, // trailing\n}");

        Assert.Equal(2, root.Properties.Length);
        Assert.Equal(2, ((JsonArray)root.GetValueOrNull("a")!).Items.Length);
        Assert.Equal(3, root.Properties[0].Name.Start.Line);
    }

    [Fact]
    public void Lookup_is_case_insensitive_and_the_last_duplicate_wins()
    {
        JsonObject root = ParseObject("""{ "Key": 1, "key": 2 }""");

        Assert.Equal(2, root.Properties.Length);
        Assert.Equal("2", ((JsonNumber)root.GetValueOrNull("KEY")!).Text);
        Assert.Null(root.GetValueOrNull("other"));
    }

    [Theory]
    [InlineData("", 1, 1)]
    [InlineData("   \n  ", 2, 3)]
    [InlineData("{", 1, 2)]
    [InlineData("{\"a\"", 1, 5)]
    [InlineData("{\"a\":", 1, 6)]
    [InlineData("{\"a\": 1", 1, 8)]
    [InlineData("{\"a\": 1 \"b\": 2}", 1, 9)]
    [InlineData("{a: 1}", 1, 2)]
    [InlineData("[1, 2", 1, 6)]
    [InlineData("[1 2]", 1, 4)]
    [InlineData("\"abc", 1, 1)]
    [InlineData("\"ab\nc\"", 1, 1)]
    [InlineData("\"a\\x\"", 1, 3)]
    [InlineData("\"\\u12\"", 1, 2)]
    [InlineData("\"\\u12", 1, 2)]
    [InlineData("\"a\\", 1, 3)]
    [InlineData("01", 1, 2)]
    [InlineData("-", 1, 2)]
    [InlineData("1.", 1, 3)]
    [InlineData("1e+", 1, 4)]
    [InlineData("tru", 1, 1)]
    [InlineData("nul", 1, 1)]
    [InlineData("{} {}", 1, 4)]
    [InlineData("[1] /", 1, 5)]
    [InlineData("/* open", 1, 1)]
    [InlineData("{\n  \"a\": [\n    1,\n    }", 4, 5)]
    public void Broken_or_truncated_input_fails_with_a_position(string text, int line, int column)
    {
        JsonParseResult result = JsonReader.Parse(text);

        Assert.False(result.Success);
        Assert.Null(result.Root);
        Assert.False(string.IsNullOrEmpty(result.Error));
        Assert.Equal((line, column), (result.ErrorPosition.Line, result.ErrorPosition.Column));
    }

    [Fact]
    public void Null_input_fails_like_empty_input()
    {
        JsonParseResult result = JsonReader.Parse(null);
        Assert.False(result.Success);
        Assert.Equal(1, result.ErrorPosition.Line);
    }

    [Fact]
    public void Control_characters_in_strings_fail()
    {
        JsonParseResult result = JsonReader.Parse("[\"a\u0001\"]");
        Assert.False(result.Success);
        Assert.Contains("U+0001", result.Error);
    }

    [Fact]
    public void Deep_nesting_fails_instead_of_overflowing_the_stack()
    {
        JsonParseResult result = JsonReader.Parse(new string('[', 100_000) + new string(']', 100_000));
        Assert.False(result.Success);
        Assert.Contains("nested", result.Error);

        Assert.True(JsonReader.Parse(new string('[', 100) + new string(']', 100)).Success);
    }

    [Fact]
    public void Binary_garbage_never_throws()
    {
        var random = new Random(2001);
        var buffer = new byte[512];
        for (int i = 0; i < 2000; i++)
        {
            random.NextBytes(buffer);
            string text = System.Text.Encoding.Latin1.GetString(buffer, 0, random.Next(buffer.Length));
            JsonParseResult result = JsonReader.Parse(text);
            Assert.True(result.Success || result.ErrorPosition.Line >= 1);
        }
    }

    [Fact]
    public void Every_truncation_of_a_valid_document_fails_without_throwing()
    {
        const string text = """{ "a": [1, -2.5e-3, "x\u0041\n"], "b": { "c": null, "d": true } /* c */ }""";
        Assert.True(JsonReader.Parse(text).Success);
        for (int length = 0; length < text.Length; length++)
        {
            JsonParseResult result = JsonReader.Parse(text.Substring(0, length));
            Assert.False(result.Success, text.Substring(0, length));
        }
    }

    private static JsonObject ParseObject(string text)
    {
        JsonParseResult result = JsonReader.Parse(text);
        Assert.True(result.Success, $"{result.Error} at {result.ErrorPosition}");
        return Assert.IsType<JsonObject>(result.Root);
    }
}
