using System.Text;
using System.Text.Json;
using Json.Schema;

namespace ParityKit.Tests.Infrastructure;

/// <summary>Validates manifests against the published <c>schema/paritykit.manifest.schema.json</c> (JSON Schema 2020-12).</summary>
public static class ManifestSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFile(RepoPaths.ManifestSchema));

    public static void AssertValid(string manifestJson)
    {
        EvaluationResults results = Evaluate(manifestJson);
        Assert.True(results.IsValid, $"Manifest does not match the schema:\n{Describe(results)}\n{manifestJson}");
    }

    public static EvaluationResults Evaluate(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    public static string Describe(EvaluationResults results)
    {
        var text = new StringBuilder();
        foreach (EvaluationResults detail in results.Details ?? [])
        {
            foreach (KeyValuePair<string, string> error in detail.Errors ?? new Dictionary<string, string>())
            {
                text.Append(detail.InstanceLocation).Append(" (").Append(detail.EvaluationPath).Append("): ")
                    .Append(error.Key).Append(": ").AppendLine(error.Value);
            }
        }

        return text.ToString();
    }
}

/// <summary>Validates seed exports against the published <c>schema/paritykit.seed.schema.json</c>.</summary>
public static class SeedExportSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFile(RepoPaths.SeedSchema));

    public static void AssertValid(string exportJson)
    {
        using JsonDocument document = JsonDocument.Parse(exportJson);
        EvaluationResults results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(results.IsValid, $"Seed export does not match the schema:\n{ManifestSchema.Describe(results)}\n{exportJson}");
    }
}
