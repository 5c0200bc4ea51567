using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ParityKit.Analyzers.DataShape.Schema;
using ParityKit.Analyzers.DataShape.SchemaSummary;

namespace ParityKit.Tests.DataShape.Infrastructure;

/// <summary>Compiles sources in memory with the schema summary generator, as a build of a migrations project would.</summary>
public static class SchemaCompilation
{
    public static CSharpCompilation Create(IEnumerable<(string Path, string Content)> sources, string assemblyName = "Migrations", IEnumerable<MetadataReference>? extraReferences = null) =>
        CSharpCompilation.Create(
            assemblyName,
            sources.Select(s => CSharpSyntaxTree.ParseText(s.Content, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest), path: s.Path)),
            DataShapeReferences.All.AddRange(extraReferences ?? []),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver() => CSharpGeneratorDriver.Create(
        [new SchemaSummaryGenerator().AsSourceGenerator()],
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator; returns the compilation with its output and the schema it embedded (null when none).</summary>
    internal static (Compilation Output, DatabaseSchema? Schema) Generate(Compilation compilation)
    {
        CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return (output, SchemaCatalog.LoadOwn(output));
    }

    /// <summary>The fixture migrations project compiled, generated and emitted, as a reference for an app project.</summary>
    public static MetadataReference EmitFixtureProject()
    {
        (Compilation output, _) = Generate(Create(FixtureSources.MigrationsProject, "ParityKit.Fixtures.Migrations"));
        using var image = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult result = output.Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
