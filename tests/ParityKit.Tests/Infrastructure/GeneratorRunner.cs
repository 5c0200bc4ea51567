using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ParityKit.Tests.Infrastructure;

/// <summary>
/// Runs an incremental generator the way the compiler does (CSharpGeneratorDriver) over a compilation of test sources
/// against <see cref="TestReferences.All"/>, with MSBuild properties passed as global analyzer options.
/// </summary>
public static class GeneratorRunner
{
    /// <summary>IConfiguration and what its members mention, for apps that use Microsoft.Extensions.Configuration.</summary>
    public static ImmutableArray<MetadataReference> ConfigurationReferences { get; } = TestReferences.Configuration;

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    /// <summary>A library compilation with nullable on and every warning (all warning waves) an error, like an app with TreatWarningsAsErrors.</summary>
    public static CSharpCompilation CreateCompilation(
        IEnumerable<string> sources,
        string assemblyName = "Storefront",
        bool referenceConfiguration = false,
        CSharpParseOptions? parseOptions = null) =>
        CreateCompilation(sources.Select((source, i) => ($"File{i}.cs", source)), assemblyName, referenceConfiguration, parseOptions);

    /// <summary>The same, with a path for each source (the paths generated read sites are made relative to).</summary>
    public static CSharpCompilation CreateCompilation(
        IEnumerable<(string Path, string Source)> files,
        string assemblyName = "Storefront",
        bool referenceConfiguration = false,
        CSharpParseOptions? parseOptions = null,
        IEnumerable<MetadataReference>? extraReferences = null) =>
        CSharpCompilation.Create(
            assemblyName,
            files.Select(file => CSharpSyntaxTree.ParseText(file.Source, parseOptions ?? ParseOptions, path: file.Path)),
            (referenceConfiguration ? TestReferences.All.AddRange(ConfigurationReferences) : TestReferences.All).AddRange(extraReferences ?? []),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
                .WithNullableContextOptions(NullableContextOptions.Enable)
                .WithWarningLevel(9999)
                .WithGeneralDiagnosticOption(ReportDiagnostic.Error));

    public static GeneratorDriver CreateDriver(
        IIncrementalGenerator generator,
        IReadOnlyDictionary<string, string>? buildProperties = null,
        CSharpParseOptions? parseOptions = null,
        IEnumerable<AdditionalText>? additionalTexts = null) =>
        CSharpGeneratorDriver.Create(
            [generator.AsSourceGenerator()],
            additionalTexts: additionalTexts,
            parseOptions: parseOptions ?? ParseOptions,
            optionsProvider: new GlobalOptionsProvider(buildProperties ?? new Dictionary<string, string>()),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>The value of a <c>const string</c> field in the generated sources, as the compiler evaluates it.</summary>
    public static string? GetConstant(Compilation compilation, SyntaxTree tree, string fieldName)
    {
        SemanticModel model = compilation.GetSemanticModel(tree);
        VariableDeclaratorSyntax declarator = tree.GetRoot().DescendantNodes().OfType<VariableDeclaratorSyntax>()
            .First(v => v.Identifier.ValueText == fieldName);
        return (string?)model.GetConstantValue(declarator.Initializer!.Value).Value;
    }

    /// <summary>An additional file (an <c>appsettings*.json</c>) held in memory.</summary>
    public sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    /// <summary>Global options as MSBuild passes them (<c>build_property.RootNamespace = ...</c>).</summary>
    private sealed class GlobalOptionsProvider(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(values);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static Options Empty { get; } = new(new Dictionary<string, string>());

            public override bool TryGetValue(string key, out string value)
            {
                bool found = values.TryGetValue(key, out string? v);
                value = v ?? "";
                return found;
            }
        }
    }
}
