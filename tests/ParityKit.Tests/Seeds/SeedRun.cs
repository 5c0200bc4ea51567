using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ParityKit.Analyzers.Manifest;
using ParityKit.Analyzers.Seeds;
using ParityKit.Tests.DataShape.Infrastructure;
using ParityKit.Tests.Infrastructure;

namespace ParityKit.Tests.Seeds;

/// <summary>
/// One run of the seed generator and the manifest generator over a compilation, as a build runs them: the generated
/// seed classes, the manifest, and every seed export, each validated against its published schema.
/// </summary>
public sealed class SeedRun
{
    private SeedRun(GeneratorDriver driver, Compilation input, Compilation output)
    {
        Driver = driver;
        Input = input;
        Output = output;
        RunResult = driver.GetRunResult();
        SyntaxTree manifest = output.SyntaxTrees.Single(t => t.FilePath.EndsWith(ManifestSource.HintName, StringComparison.Ordinal));
        ManifestJson = GeneratorRunner.GetConstant(output, manifest, "Json")!;
        ManifestSchema.AssertValid(ManifestJson);
        SeedTrees = output.SyntaxTrees.Where(t => t.FilePath.EndsWith(".SeedBaseline.g.cs", StringComparison.Ordinal)).ToList();
        foreach (SyntaxTree tree in SeedTrees)
        {
            if (GeneratorRunner.GetConstant(output, tree, "SeedExportJson") is { } export)
            {
                SeedExportSchema.AssertValid(export);
                Exports[GeneratorRunner.GetConstant(output, tree, "SeedName")!] = export;
            }
        }
    }

    public GeneratorDriver Driver { get; }

    public Compilation Input { get; }

    public Compilation Output { get; }

    public GeneratorDriverRunResult RunResult { get; }

    public string ManifestJson { get; }

    public IReadOnlyList<SyntaxTree> SeedTrees { get; }

    /// <summary>The seed exports by seed name.</summary>
    public Dictionary<string, string> Exports { get; } = new(StringComparer.Ordinal);

    public static CSharpCompilation Compile(IEnumerable<(string Path, string Content)> sources, IEnumerable<MetadataReference>? references = null) =>
        SchemaCompilation.Create(sources, "Cohort.App", references);

    public static SeedRun Of(IEnumerable<(string Path, string Content)> sources, IEnumerable<MetadataReference>? references = null) =>
        Of(Compile(sources, references));

    public static SeedRun Of(Compilation compilation, GeneratorDriver? driver = null)
    {
        driver ??= CSharpGeneratorDriver.Create(
            [new ManifestGenerator().AsSourceGenerator()],
            parseOptions: GeneratorRunner.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        // Generated code is warning-free (nullable, obsolete, anything): apps build it with TreatWarningsAsErrors.
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Warning
            && d.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true));
        return new SeedRun(driver, compilation, output);
    }

    public SeedRun Rerun(Compilation edited) => Of(edited, Driver);

    public string SeedSource(string className) =>
        SeedTrees.Single(t => t.FilePath.EndsWith("." + className + ".SeedBaseline.g.cs", StringComparison.Ordinal)).ToString();

    /// <summary>The compilation with the generated code, emitted and loaded, for running ApplyAsync.</summary>
    public System.Reflection.Assembly Load()
    {
        using var image = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult result = Output.Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return System.Reflection.Assembly.Load(image.ToArray());
    }
}
