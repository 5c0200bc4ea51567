using ParityKit.Analyzers.Json;

namespace ParityKit.Tests.Json;

public class JsonConfigurationValuesTests
{
    private static readonly JsonValue Root = JsonReader.Parse("""
        { "a": { "B": { "c": 1 } }, "t": true, "ts": " True ", "n": 12.5, "ns": "7", "s": "text", "nul": null, "arr": [true] }
        """).Root!;

    [Fact]
    public void Paths_chain_through_missing_and_non_object_values()
    {
        Assert.Equal("1", Root.Property("A").Property("b").Property("C").AsConfigurationText());
        Assert.Null(Root.Property("missing").Property("c"));
        Assert.Null(Root.Property("s").Property("c"));
        Assert.Null(((JsonValue?)null).Property("a"));
    }

    [Fact]
    public void Scalars_read_as_configuration_strings()
    {
        Assert.Equal("true", Root.Property("t").AsConfigurationText());
        Assert.Equal("12.5", Root.Property("n").AsConfigurationText());
        Assert.Equal("text", Root.Property("s").AsConfigurationText());
        Assert.Null(Root.Property("nul").AsConfigurationText());
        Assert.Null(Root.Property("arr").AsConfigurationText());
        Assert.Null(Root.Property("a").AsConfigurationText());
    }

    [Fact]
    public void Booleans_and_numbers_may_be_written_as_strings()
    {
        Assert.True(Root.Property("t").AsConfigurationBoolean());
        Assert.True(Root.Property("ts").AsConfigurationBoolean());
        Assert.Null(Root.Property("s").AsConfigurationBoolean());
        Assert.Null(Root.Property("arr").AsConfigurationBoolean());
        Assert.Equal(12.5, Root.Property("n").AsConfigurationNumber());
        Assert.Equal(7, Root.Property("ns").AsConfigurationNumber());
        Assert.Null(Root.Property("t").AsConfigurationNumber());
    }
}
