using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ParityKit.Analyzers.Manifest;
using ParityKit.Tests.DataShape.Infrastructure;
using ParityKit.Tests.Infrastructure;

namespace ParityKit.Tests.DataShape.Manifest;

/// <summary>The manifest's <c>database</c> section and <c>ParityManifest.Database</c>, from the real fixture migrations.</summary>
public class DatabaseManifestTests
{
    private const string Declarations = "[assembly: ParityKit.ParityApp(\"fixtures\")]";

    private static (string Json, Compilation Output, GeneratorDriver Driver) Run(
        IEnumerable<(string Path, string Content)> sources,
        IReadOnlyDictionary<string, string>? options = null,
        IEnumerable<MetadataReference>? references = null,
        GeneratorDriver? driver = null,
        CSharpCompilation? compilation = null)
    {
        compilation ??= SchemaCompilation.Create(sources, "Fixtures.App", references);
        driver ??= GeneratorRunner.CreateDriver(new ManifestGenerator(), options);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        SyntaxTree tree = output.SyntaxTrees.Single(t => t.FilePath.EndsWith(ManifestSource.HintName, StringComparison.Ordinal));
        string json = GeneratorRunner.GetConstant(output, tree, "Json")!;
        ManifestSchema.AssertValid(json);
        return (json, output, driver);
    }

    private static JsonObject Database(string json) => JsonNode.Parse(json)!["database"]!.AsObject();

    [Fact]
    public void The_chosen_context_is_described_with_its_migrations_tables_and_a_schema_hash()
    {
        (string json, Compilation output, _) = Run(
            [.. FixtureSources.MigrationsProject, ("/Declarations.cs", Declarations)],
            new Dictionary<string, string> { ["paritykit.database_context"] = "StoreDbContext" });

        JsonObject database = Database(json);
        Assert.Equal("Microsoft.EntityFrameworkCore.Sqlite", (string?)database["provider"]);
        Assert.Equal("StoreDbContext", (string?)database["context"]);
        Assert.Equal("20260301000000_DropLegacyColumn", (string?)database["latestMigration"]);
        Assert.Equal(5, database["migrations"]!.AsArray().Count);
        Assert.Matches("^sha256:[0-9a-f]{64}$", (string?)database["schemaHash"]);
        Assert.Equal(
            """{"name":"users","columns":[{"name":"id","type":"INTEGER","nullable":false},{"name":"external_id","type":"TEXT","nullable":false},{"name":"display_name","type":"TEXT","nullable":false},{"name":"email","type":"TEXT","nullable":false}]}""",
            database["tables"]![1]!.ToJsonString());

        // Typed C#: the same facts, a constant per database fact and a field per table.
        SyntaxTree tree = output.SyntaxTrees.Single(t => t.FilePath.EndsWith(ManifestSource.HintName, StringComparison.Ordinal));
        string source = tree.ToString();
        Assert.Contains("public static class Database", source, StringComparison.Ordinal);
        Assert.Equal("20260301000000_DropLegacyColumn", GeneratorRunner.GetConstant(output, tree, "LatestMigration"));
        Assert.Contains(
            ".ParityManifest.Database.Table(\"users\", null, new string[] { \"id\", \"external_id\", \"display_name\", \"email\" });",
            source,
            StringComparison.Ordinal);
        Assert.Contains(".ParityManifest.Database.Table Users = new ", source, StringComparison.Ordinal);
        Assert.Contains(".ParityManifest.Database.Table CustomerOrders = new ", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_choice_the_first_context_by_name_is_described_with_its_schema()
    {
        JsonObject database = Database(Run([.. FixtureSources.MigrationsProject, ("/Declarations.cs", Declarations)]).Json);
        Assert.Equal("AuditDbContext", (string?)database["context"]);
        Assert.Equal("""[{"name":"audit_entries","schema":"audit","columns":[{"name":"id","type":"INTEGER","nullable":false},{"name":"action","type":"TEXT","nullable":false},{"name":"actor","type":"TEXT","nullable":false},{"name":"occurred_at","type":"TEXT","nullable":false},{"name":"source","type":"TEXT","nullable":true}]}]""",
            database["tables"]!.ToJsonString());
    }

    [Fact]
    public void An_app_gets_the_database_of_the_migrations_assembly_it_references()
    {
        MetadataReference migrations = SchemaCompilation.EmitFixtureProject();
        (string json, _, _) = Run(
            [("/App.cs", "public class App { }"), ("/Declarations.cs", Declarations)],
            new Dictionary<string, string> { ["paritykit.database_context"] = "ParityKit.Fixtures.StoreDbContext" },
            [migrations]);
        JsonObject database = Database(json);
        Assert.Equal("StoreDbContext", (string?)database["context"]);
        Assert.Equal("Microsoft.EntityFrameworkCore.Sqlite", (string?)database["provider"]);

        (string own, _, _) = Run(
            [.. FixtureSources.MigrationsProject, ("/Declarations.cs", Declarations)],
            new Dictionary<string, string> { ["paritykit.database_context"] = "StoreDbContext" });
        Assert.Equal((string?)Database(own)["schemaHash"], (string?)database["schemaHash"]);
    }

    [Fact]
    public void The_section_is_deterministic_and_the_hash_follows_the_schema_not_the_migration_ids()
    {
        var options = new Dictionary<string, string> { ["paritykit.database_context"] = "StoreDbContext" };
        string first = Run([.. FixtureSources.MigrationsProject, ("/Declarations.cs", Declarations)], options).Json;
        string second = Run([.. FixtureSources.MigrationsProject.Reverse(), ("/Declarations.cs", Declarations)], options).Json;
        Assert.Equal(first, second);

        string renamed = Run(
            [.. FixtureSources.MigrationsProject.Select(f => (f.Path, f.Content.Replace("newName: \"external_id\"", "newName: \"subject_id\"", StringComparison.Ordinal))), ("/Declarations.cs", Declarations)],
            options).Json;
        Assert.NotEqual((string?)Database(first)["schemaHash"], (string?)Database(renamed)["schemaHash"]);
    }

    [Fact]
    public void An_unrelated_edit_leaves_the_database_steps_cached()
    {
        var options = new Dictionary<string, string> { ["paritykit.database_context"] = "StoreDbContext" };
        CSharpCompilation compilation = SchemaCompilation.Create([.. FixtureSources.MigrationsProject, ("/Declarations.cs", Declarations), ("/App.cs", "class App { int X => 1; }")]);
        (_, _, GeneratorDriver driver) = Run([], options, compilation: compilation);

        SyntaxTree app = compilation.SyntaxTrees.Single(t => t.FilePath == "/App.cs");
        CSharpCompilation edited = compilation.ReplaceSyntaxTree(app, CSharpSyntaxTree.ParseText("class App { int X => 2; }", (CSharpParseOptions)app.Options, "/App.cs"));
        (_, _, driver) = Run([], options, driver: driver, compilation: edited);

        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        foreach (string step in new[] { TrackingNames.DatabaseInputs, TrackingNames.Database, TrackingNames.Manifest })
        {
            Assert.All(result.TrackedSteps[step].SelectMany(s => s.Outputs), o => Assert.True(
                o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {o.Reason}"));
        }
    }
}
