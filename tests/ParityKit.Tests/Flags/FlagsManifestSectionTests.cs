using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ParityKit.Analyzers.Flags;
using ParityKit.Tests.Infrastructure;

namespace ParityKit.Tests.Flags;

/// <summary>The manifest's featureFlags section and typed flags, and the caching of the steps that build them.</summary>
public class FlagsManifestSectionTests
{
    private const string ProjectDir = "/src/Shop/";

    private const string Declarations = """
        using ParityKit;

        [assembly: FlagBaseline("new-checkout", false)]
        [assembly: FlagBaseline("unread", true)]

        namespace Shop;

        [FeatureFlags]
        public static class Flags
        {
            [Baseline(true, RolloutPercentage = 10, Variants = new[] { "fast", "slow" })] public const string FastSearch = "fast-search";
        }
        """;

    private const string Reads = """
        using System.Threading.Tasks;
        using Microsoft.FeatureManagement;

        namespace Shop.Search;

        public sealed class SearchService(IFeatureManager features)
        {
            public async Task<string> Run(string q)
            {
                bool fast = await features.IsEnabledAsync(Flags.FastSearch);
                bool checkout = await features.IsEnabledAsync("NEW-CHECKOUT");
                bool banner = await features.IsEnabledAsync("holiday-banner");
                bool config = await features.IsEnabledAsync("Recommendations");
                bool typed = ParityManifest.Flags.FastSearch.Baseline && ParityManifest.Flags.All.Count > 0;
                return q + fast + checkout + banner + config + typed;
            }
        }
        """;

    [Fact]
    public void Lists_every_declared_and_read_flag_with_its_baseline_and_read_sites()
    {
        (GeneratorDriver driver, Compilation compilation) = Run(Reads);
        GeneratorDriverRunResult result = driver.GetRunResult();
        string generated = result.GeneratedTrees.Single().ToString();

        Assert.Contains("""{ "key": "fast-search", "baseline": true, "rolloutPercentage": 10, "variants": ["fast", "slow"], "readAt": ["Search/SearchService.cs:10"] }""", generated);
        Assert.Contains("""{ "key": "holiday-banner", "baseline": null, "readAt": ["Search/SearchService.cs:12"] }""", generated);
        Assert.Contains("""{ "key": "new-checkout", "baseline": false, "readAt": ["Search/SearchService.cs:11"] }""", generated);
        Assert.Contains("""{ "key": "Recommendations", "baseline": true, "readAt": ["Search/SearchService.cs:13"] }""", generated);
        Assert.Contains("""{ "key": "unread", "baseline": true, "readAt": [] }""", generated);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void An_unrelated_edit_leaves_every_step_cached()
    {
        (GeneratorDriver driver, Compilation compilation) = Run(Reads);
        SyntaxTree old = compilation.SyntaxTrees.Single(t => t.FilePath.EndsWith("Other.cs", StringComparison.Ordinal));
        Compilation edited = compilation.ReplaceSyntaxTree(old, old.WithChangedText(SourceText.From("namespace Shop; class Other { int Count() => 2; }")));
        driver = driver.RunGenerators(edited);

        ImmutableDictionary<string, ImmutableArray<IncrementalGeneratorRunStep>> steps = driver.GetRunResult().Results[0].TrackedSteps;
        Assert.Contains(FlagsManifestProvider.TrackingNames.InvocationReads, steps.Keys);
        Assert.Contains(FlagsManifestProvider.TrackingNames.Section, steps.Keys);
        foreach (string name in TrackedNames.Where(steps.ContainsKey))
        {
            foreach (IncrementalGeneratorRunStep step in steps[name])
            {
                Assert.All(step.Outputs, output => Assert.True(
                    output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {output.Reason}"));
            }
        }
    }

    [Fact]
    public void Changing_a_baseline_reruns_the_section()
    {
        (GeneratorDriver driver, Compilation compilation) = Run(Reads);
        SyntaxTree old = compilation.SyntaxTrees.Single(t => t.FilePath.EndsWith("Flags.cs", StringComparison.Ordinal));
        Compilation edited = compilation.ReplaceSyntaxTree(old, old.WithChangedText(SourceText.From(Declarations.Replace("(\"new-checkout\", false)", "(\"new-checkout\", true)"))));
        driver = driver.RunGenerators(edited);

        IncrementalGeneratorRunStep section = driver.GetRunResult().Results[0].TrackedSteps[FlagsManifestProvider.TrackingNames.Section].Single();
        Assert.Equal(IncrementalStepRunReason.Modified, section.Outputs.Single().Reason);
        Assert.Contains("""{ "key": "new-checkout", "baseline": true""", driver.GetRunResult().GeneratedTrees.Single().ToString());
    }

    [Fact]
    public void Read_sites_are_project_relative_with_forward_slashes()
    {
        Assert.Equal("Search/SearchService.cs", FlagsManifestProvider.RelativePath(@"C:\src\Shop\Search\SearchService.cs", @"C:\src\Shop\"));
        Assert.Equal("Program.cs", FlagsManifestProvider.RelativePath("/src/Shop/Program.cs", "/src/Shop"));
        Assert.Equal("Linked.cs", FlagsManifestProvider.RelativePath("/elsewhere/Linked.cs", "/src/Shop/"));
    }

    private static readonly string[] TrackedNames =
    [
        FlagsManifestProvider.TrackingNames.AssemblyBaselines,
        FlagsManifestProvider.TrackingNames.FeatureFlagsClasses,
        FlagsManifestProvider.TrackingNames.ConfigurationBaselines,
        FlagsManifestProvider.TrackingNames.InvocationReads,
        FlagsManifestProvider.TrackingNames.GateReads,
        FlagsManifestProvider.TrackingNames.Section,
    ];

    private static (GeneratorDriver Driver, Compilation Output) Run(string reads)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Shop",
            [
                CSharpSyntaxTree.ParseText(Declarations, parse, path: ProjectDir + "Flags.cs"),
                CSharpSyntaxTree.ParseText(reads, parse, path: ProjectDir + "Search/SearchService.cs"),
                CSharpSyntaxTree.ParseText("namespace Shop; class Other { int Count() => 1; }", parse, path: ProjectDir + "Other.cs"),
            ],
            TestReferences.All.Add(FlagTestSources.FeatureManagement),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new FlagsSectionGenerator().AsSourceGenerator()],
            [new InMemoryText(ProjectDir + "appsettings.Production.json", """{ "FeatureManagement": { "Recommendations": true, "new-checkout": false } }""")],
            parse,
            new TestOptionsProvider(new Dictionary<string, string> { ["build_property.projectdir"] = ProjectDir }),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        return (driver, output);
    }

    /// <summary>Stands in for the manifest generator: writes the section's JSON as comments and its typed C#.</summary>
    private sealed class FlagsSectionGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterSourceOutput(FlagsManifestProvider.Create(context), static (output, section) =>
                output.AddSource("Flags.g.cs", "/*\n" + section.ToJson() + "\n*/\nnamespace Shop\n{\n    public static partial class ParityManifest\n    {\n" + section.ToCSharp("        ") + "    }\n}\n"));
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    private sealed class TestOptionsProvider(Dictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(values);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options([]);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options([]);

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
