using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ParityKit.Analyzers.Manifest;

namespace ParityKit.Tests.Infrastructure;

/// <summary>
/// One run of <see cref="ManifestGenerator"/> over test sources: the generated file, the manifest JSON as the compiler
/// evaluates the constant, and the compilation with the generated code added. Every manifest it yields has been
/// validated against the published schema.
/// </summary>
public sealed class ManifestRun
{
    public const string DefaultRootNamespace = "Storefront";

    private ManifestRun(GeneratorDriver driver, Compilation input, Compilation output)
    {
        Driver = driver;
        Input = input;
        Output = output;
        RunResult = driver.GetRunResult().Results.Single();
        GeneratedTree = output.SyntaxTrees.SingleOrDefault(t => t.FilePath.EndsWith(ManifestSource.HintName, StringComparison.Ordinal));
        Json = GeneratedTree is null ? null : GeneratorRunner.GetConstant(output, GeneratedTree, "Json");
        if (Json != null)
        {
            ManifestSchema.AssertValid(Json);
        }
    }

    public GeneratorDriver Driver { get; }

    public Compilation Input { get; }

    public Compilation Output { get; }

    public GeneratorRunResult RunResult { get; }

    public SyntaxTree? GeneratedTree { get; }

    /// <summary>The generated <c>ParityManifest.g.cs</c>, or null when nothing was generated.</summary>
    public string? Source => GeneratedTree?.ToString();

    public string? Json { get; }

    public static ManifestRun Of(
        string source,
        string? rootNamespace = DefaultRootNamespace,
        bool referenceConfiguration = false,
        string assemblyName = "Storefront") =>
        Of([source], rootNamespace, referenceConfiguration, assemblyName);

    public static ManifestRun Of(
        IEnumerable<string> sources,
        string? rootNamespace = DefaultRootNamespace,
        bool referenceConfiguration = false,
        string assemblyName = "Storefront",
        CSharpParseOptions? parseOptions = null)
    {
        CSharpCompilation compilation = GeneratorRunner.CreateCompilation(sources, assemblyName, referenceConfiguration, parseOptions);
        var properties = new Dictionary<string, string>();
        if (rootNamespace != null)
        {
            properties["build_property.RootNamespace"] = rootNamespace;
        }

        GeneratorDriver driver = GeneratorRunner.CreateDriver(new ManifestGenerator(), properties, parseOptions);
        return Continue(driver, compilation);
    }

    /// <summary>Runs the same driver again over an edited compilation, as the IDE does after a keystroke.</summary>
    public ManifestRun Rerun(Compilation edited) => Continue(Driver, edited);

    /// <summary>Errors and warnings of the compilation including the generated code (all warnings are errors here).</summary>
    public ImmutableArray<Diagnostic> CompilationProblems() =>
        Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();

    private static ManifestRun Continue(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        Assert.Empty(diagnostics);
        return new ManifestRun(driver, compilation, output);
    }
}
