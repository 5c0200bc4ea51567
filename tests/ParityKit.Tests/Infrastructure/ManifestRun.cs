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

    private ManifestRun(GeneratorDriver driver, Compilation input, Compilation output, ImmutableArray<AdditionalText> additionalTexts)
    {
        Driver = driver;
        Input = input;
        Output = output;
        AdditionalTexts = additionalTexts;
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

    public ImmutableArray<AdditionalText> AdditionalTexts { get; }

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
        CSharpParseOptions? parseOptions = null) =>
        Of(new ManifestInput(sources.Select((source, i) => ($"File{i}.cs", source)))
        {
            RootNamespace = rootNamespace,
            ReferenceConfiguration = referenceConfiguration,
            AssemblyName = assemblyName,
            ParseOptions = parseOptions,
        });

    public static ManifestRun Of(ManifestInput input)
    {
        CSharpCompilation compilation = GeneratorRunner.CreateCompilation(
            input.Files, input.AssemblyName, input.ReferenceConfiguration, input.ParseOptions, input.References);
        var properties = new Dictionary<string, string>();
        if (input.RootNamespace != null)
        {
            properties["build_property.RootNamespace"] = input.RootNamespace;
        }

        if (input.ProjectDirectory != null)
        {
            properties["build_property.ProjectDir"] = input.ProjectDirectory;
        }

        ImmutableArray<AdditionalText> additionalTexts = input.AdditionalFiles
            .Select(file => (AdditionalText)new GeneratorRunner.InMemoryText(file.Path, file.Text))
            .ToImmutableArray();
        GeneratorDriver driver = GeneratorRunner.CreateDriver(new ManifestGenerator(), properties, input.ParseOptions, additionalTexts);
        return Continue(driver, compilation, additionalTexts);
    }

    /// <summary>Runs the same driver again over an edited compilation, as the IDE does after a keystroke.</summary>
    public ManifestRun Rerun(Compilation edited) => Continue(Driver, edited, AdditionalTexts);

    /// <summary>Runs the same driver again with one additional file's text replaced, as the IDE does after an edit to it.</summary>
    public ManifestRun RerunWithAdditionalFile(string path, string text)
    {
        AdditionalText old = AdditionalTexts.Single(t => t.Path == path);
        AdditionalText replacement = new GeneratorRunner.InMemoryText(path, text);
        return Continue(Driver.ReplaceAdditionalText(old, replacement), Input, AdditionalTexts.Replace(old, replacement));
    }

    /// <summary>Errors and warnings of the compilation including the generated code (all warnings are errors here).</summary>
    public ImmutableArray<Diagnostic> CompilationProblems() =>
        Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();

    private static ManifestRun Continue(GeneratorDriver driver, Compilation compilation, ImmutableArray<AdditionalText> additionalTexts)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        Assert.Empty(diagnostics);
        return new ManifestRun(driver, compilation, output, additionalTexts);
    }
}

/// <summary>What <see cref="ManifestRun.Of(ManifestInput)"/> compiles: sources with their paths, and what a real build adds.</summary>
public sealed record ManifestInput(IEnumerable<(string Path, string Source)> Files)
{
    public string? RootNamespace { get; init; } = ManifestRun.DefaultRootNamespace;

    public bool ReferenceConfiguration { get; init; }

    public string AssemblyName { get; init; } = "Storefront";

    public CSharpParseOptions? ParseOptions { get; init; }

    /// <summary>References beyond <see cref="TestReferences.All"/> (Microsoft.FeatureManagement for flag reads).</summary>
    public IEnumerable<MetadataReference> References { get; init; } = [];

    /// <summary>AdditionalFiles, as the package adds <c>appsettings*.json</c>.</summary>
    public IEnumerable<(string Path, string Text)> AdditionalFiles { get; init; } = [];

    /// <summary>The MSBuild <c>ProjectDir</c> (read sites are relative to it); null leaves it unset.</summary>
    public string? ProjectDirectory { get; init; }
}
