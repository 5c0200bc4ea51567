using System.Text.Json;
using Json.Schema;

namespace ParityKit.PackageTests;

/// <summary>Validates a manifest against schema/paritykit.manifest.schema.json.</summary>
public static class ManifestSchemaValidator
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(PackedPackage.RepoRoot, "schema", "paritykit.manifest.schema.json"))));

    public static void AssertValid(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        EvaluationResults results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(results.IsValid, "manifest does not match its schema:\n" + JsonSerializer.Serialize(results) + "\n" + json);
    }
}
