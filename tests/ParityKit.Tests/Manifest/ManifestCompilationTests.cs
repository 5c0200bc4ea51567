using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Primitives;
using ParityKit.Tests.Infrastructure;

namespace ParityKit.Tests.Manifest;

/// <summary>The generated code compiles without a warning (all warning waves, nullable, warnings as errors) and works.</summary>
public class ManifestCompilationTests
{
    public static TheoryData<string, string, bool> Samples() => new()
    {
        { ManifestSamples.NoDeclarations, ManifestRun.DefaultRootNamespace, false },
        { ManifestSamples.FullSet, ManifestRun.DefaultRootNamespace, false },
        { ManifestSamples.FullSet, ManifestRun.DefaultRootNamespace, true },
        { ManifestSamples.OddKeys, ManifestSamples.OddRootNamespace, true },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Generated_code_compiles_without_warnings(string source, string rootNamespace, bool referenceConfiguration)
    {
        ManifestRun run = ManifestRun.Of(source, rootNamespace, referenceConfiguration);
        Assert.NotNull(run.Source);
        Assert.Empty(run.CompilationProblems());
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Generated_code_compiles_at_CSharp_8(string source, string rootNamespace, bool referenceConfiguration)
    {
        ManifestRun run = ManifestRun.Of([source], rootNamespace, referenceConfiguration, parseOptions: new CSharpParseOptions(LanguageVersion.CSharp8));
        Assert.Empty(run.CompilationProblems());
    }

    /// <summary>
    /// C# 7.3 is the default of netstandard2.0 and .NET Framework projects (a shared flags library, say), where
    /// <c>#nullable</c> and <c>string?</c> are errors: the generated code must leave them out there.
    /// </summary>
    [Theory]
    [MemberData(nameof(Samples))]
    public void Generated_code_compiles_at_CSharp_7_3(string source, string rootNamespace, bool referenceConfiguration)
    {
        ManifestRun run = ManifestRun.Of([source], rootNamespace, referenceConfiguration, parseOptions: new CSharpParseOptions(LanguageVersion.CSharp7_3));
        Assert.DoesNotContain("#nullable", run.Source);
        Assert.Empty(ProblemsInGeneratedCode(run));
    }

    [Fact]
    public void Generated_flags_compile_at_CSharp_7_3()
    {
        ManifestRun run = ManifestRun.Of(ManifestSamples.FullSetWithFlags() with { ParseOptions = new CSharpParseOptions(LanguageVersion.CSharp7_3) });
        Assert.Empty(ProblemsInGeneratedCode(run));
        Assert.Equal(ManifestRun.Of(ManifestSamples.FullSetWithFlags()).Json, run.Json);
    }

    [Fact]
    public void Generated_flags_compile_without_warnings_at_CSharp_8_and_latest()
    {
        Assert.Empty(ManifestRun.Of(ManifestSamples.FullSetWithFlags()).CompilationProblems());
        Assert.Empty(ManifestRun.Of(ManifestSamples.FullSetWithFlags() with { ParseOptions = new CSharpParseOptions(LanguageVersion.CSharp8) }).CompilationProblems());
    }

    [Fact]
    public void Without_RootNamespace_the_assembly_name_is_made_a_namespace()
    {
        ManifestRun run = ManifestRun.Of(ManifestSamples.FullSet, rootNamespace: null, assemblyName: "Shop.Web-App");
        Assert.Contains("namespace Shop.Web_App\n", run.Source);
        Assert.Empty(run.CompilationProblems());
    }

    [Fact]
    public void The_IConfiguration_overload_exists_only_when_IConfiguration_is_referenced()
    {
        Assert.DoesNotContain("IConfiguration", ManifestRun.Of(ManifestSamples.FullSet).Source);
        Assert.Contains("FindMissing(global::Microsoft.Extensions.Configuration.IConfiguration configuration)", ManifestRun.Of(ManifestSamples.FullSet, referenceConfiguration: true).Source);
    }

    [Fact]
    public void Nothing_is_generated_without_the_annotations()
    {
        CSharpCompilation compilation = CSharpCompilation.Create(
            "NoAnnotations",
            [CSharpSyntaxTree.ParseText(ManifestSamples.NoDeclarations)],
            TestReferences.Framework,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        GeneratorDriver driver = GeneratorRunner.CreateDriver(new Analyzers.Manifest.ManifestGenerator()).RunGenerators(compilation);
        Assert.Empty(driver.GetRunResult().GeneratedTrees);
    }

    [Fact]
    public void Typed_entries_and_lists_describe_the_declarations()
    {
        using LoadedManifest manifest = LoadedManifest.Of(ManifestSamples.FullSet);
        Assert.Equal(1, manifest.Constant("SchemaVersion"));
        Assert.Equal("storefront", manifest.Constant("AppName"));
        Assert.Equal("Checkout:Currency", manifest.Entry("Settings", "CheckoutCurrency", "Key"));
        Assert.Equal("Checkout__Currency", manifest.Entry("Settings", "CheckoutCurrency", "EnvVar"));
        Assert.Equal("USD", manifest.Entry("Settings", "CheckoutCurrency", "Default"));
        Assert.Equal(false, manifest.Entry("Settings", "CheckoutCurrency", "Required"));
        Assert.Equal(false, manifest.Entry("Settings", "CheckoutCurrency", "IsSecret"));
        Assert.Null(manifest.Entry("Settings", "CheckoutCurrency", "Source"));
        Assert.Equal(true, manifest.Entry("Settings", "SearchPageSize", "Required"));
        Assert.Equal("vault:payments/stripe", manifest.Entry("Secrets", "StripeApiKey", "Source"));
        Assert.Equal(true, manifest.Entry("Secrets", "StripeApiKey", "IsSecret"));
        Assert.Null(manifest.Entry("Secrets", "StripeApiKey", "Default"));
        Assert.Equal(ApiTier.Sandbox, manifest.Entry("ThirdPartyApis", "Stripe", "PreviewTier"));
        Assert.Equal("stripe", manifest.Entry("ThirdPartyApis", "Stripe", "Name"));
        Assert.Equal(
            ["Checkout:Currency", "Checkout:TaxRate", "Search:PageSize"],
            manifest.Keys("Settings"));
        Assert.Equal(
            ["Analytics:WriteKey", "ConnectionStrings:Catalog", "Stripe:ApiKey"],
            manifest.Keys("Secrets"));
    }

    [Fact]
    public void FindMissing_lists_required_keys_without_a_value()
    {
        using LoadedManifest manifest = LoadedManifest.Of(ManifestSamples.FullSet);
        var values = new Dictionary<string, string?>
        {
            ["Checkout:TaxRate"] = "0.2",
            ["Search:PageSize"] = "",
            ["Stripe:ApiKey"] = "from the environment",
        };

        // Optional keys (a default, or Required = false) are never missing; an empty value counts as missing.
        Assert.Equal(["Search:PageSize", "ConnectionStrings:Catalog"], manifest.FindMissing(new Func<string, string?>(key => values.GetValueOrDefault(key))));
    }

    [Fact]
    public void FindMissing_reads_an_IConfiguration()
    {
        using LoadedManifest manifest = LoadedManifest.Of(ManifestSamples.FullSet, referenceConfiguration: true);
        var configuration = new DictionaryConfiguration(new Dictionary<string, string?>
        {
            ["Checkout:TaxRate"] = "0.2",
            ["Search:PageSize"] = "50",
            ["ConnectionStrings:Catalog"] = "Host=db",
        });
        Assert.Equal(["Stripe:ApiKey"], manifest.FindMissing(configuration));
    }

    /// <summary>The generated code compiled, emitted and loaded into a collectible context, read by reflection.</summary>
    private sealed class LoadedManifest : IDisposable
    {
        private readonly AssemblyLoadContext _context;
        private readonly Type _type;

        private LoadedManifest(AssemblyLoadContext context, Type type)
        {
            _context = context;
            _type = type;
        }

        public static LoadedManifest Of(string source, bool referenceConfiguration = false)
        {
            ManifestRun run = ManifestRun.Of(source, referenceConfiguration: referenceConfiguration);
            using var image = new MemoryStream();
            Assert.True(run.Output.Emit(image).Success);
            image.Position = 0;
            var context = new AssemblyLoadContext("generated-manifest", isCollectible: true);
            Assembly assembly = context.LoadFromStream(image);
            return new LoadedManifest(context, assembly.GetType("Storefront.ParityManifest", throwOnError: true)!);
        }

        public object? Constant(string name) => _type.GetField(name)!.GetRawConstantValue();

        /// <summary>A property of one entry: <c>ParityManifest.{container}.{entry}.{property}</c>.</summary>
        public object? Entry(string container, string entry, string property)
        {
            object value = _type.GetNestedType(container)!.GetField(entry)!.GetValue(null)!;
            return value.GetType().GetProperty(property)!.GetValue(value);
        }

        public IEnumerable<string> Keys(string container)
        {
            var all = (System.Collections.IEnumerable)_type.GetNestedType(container)!.GetProperty("All")!.GetValue(null)!;
            foreach (object declared in all)
            {
                yield return (string)declared.GetType().GetProperty("Key")!.GetValue(declared)!;
            }
        }

        public IReadOnlyList<string> FindMissing(object lookup) =>
            (IReadOnlyList<string>)_type.GetMethod("FindMissing", [lookup is IConfiguration ? typeof(IConfiguration) : lookup.GetType()])!
                .Invoke(null, [lookup])!;

        public void Dispose() => _context.Unload();
    }

    /// <summary>Just enough IConfiguration for the generated overload, which only reads <c>this[key]</c>.</summary>
    private sealed class DictionaryConfiguration(Dictionary<string, string?> values) : IConfiguration
    {
        public string? this[string key]
        {
            get => values.GetValueOrDefault(key);
            set => values[key] = value;
        }

        public IEnumerable<IConfigurationSection> GetChildren() => [];

        public IChangeToken GetReloadToken() => throw new NotSupportedException();

        public IConfigurationSection GetSection(string key) => throw new NotSupportedException();
    }

    /// <summary>Warnings and errors in the generated file itself (test sources may use newer syntax than the language version).</summary>
    private static List<Diagnostic> ProblemsInGeneratedCode(ManifestRun run) =>
        run.Output.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Location.SourceTree == run.GeneratedTree)
            .ToList();
}
