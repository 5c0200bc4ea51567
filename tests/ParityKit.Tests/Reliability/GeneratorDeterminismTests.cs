using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using ParityKit.Tests.Infrastructure;

namespace ParityKit.Tests.Reliability;

/// <summary>
/// Every generator's output depends on the code, not on how the build hands it over: the sample (and its migrations
/// project) compiled in another file order, with additional files in another order, from another folder, in a fresh
/// driver, gives byte-identical generated sources. The full-build check (two clean builds of the sample, manifest
/// bytes included) is in the package tests.
/// </summary>
public sealed class GeneratorDeterminismTests
{
    [Fact]
    public void Generated_sources_do_not_depend_on_file_order_or_location()
    {
        ImmutableArray<(string Path, string Text)> sources = SampleFiles("*.cs");
        ImmutableArray<(string Path, string Text)> settings = SampleFiles("appsettings*.json");
        Assert.NotEmpty(sources);

        Dictionary<string, string> first = Generate("/build/one/samples/", sources, settings);
        Dictionary<string, string> second = Generate("/elsewhere/two/samples/", sources.Reverse().ToImmutableArray(), settings.Reverse().ToImmutableArray());

        Assert.Contains(first.Keys, name => name.EndsWith("ParityManifest.g.cs", StringComparison.Ordinal));
        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
        foreach ((string name, string text) in first)
        {
            Assert.True(text == second[name], $"{name} differs with another file order or folder");
            Assert.DoesNotContain("/build/one", text, StringComparison.Ordinal);
        }
    }

    /// <summary>The sample's files (Storefront and Storefront.Data), paths relative to samples/, in path order.</summary>
    private static ImmutableArray<(string Path, string Text)> SampleFiles(string pattern)
    {
        string samples = Path.Combine(RepoPaths.Root, "samples");
        return Directory.EnumerateFiles(samples, pattern, SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(samples, path).Replace('\\', '/'))
            .Where(path => !path.Contains("/bin/", StringComparison.Ordinal) && !path.Contains("/obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => (path, File.ReadAllText(Path.Combine(samples, path))))
            .ToImmutableArray();
    }

    private static Dictionary<string, string> Generate(
        string root,
        ImmutableArray<(string Path, string Text)> sources,
        ImmutableArray<(string Path, string Text)> settings)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Storefront",
            sources.Select(file => CSharpSyntaxTree.ParseText(SourceText.From(file.Text), parseOptions, root + file.Path)),
            CorpusReferences.All,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        ImmutableArray<AdditionalText> additional = settings
            .Select(file => (AdditionalText)new CorpusText(root + file.Path, SourceText.From(file.Text)))
            .ToImmutableArray();
        var options = new CorpusOptions(
            new Dictionary<string, string>
            {
                ["build_property.RootNamespace"] = "Storefront",
                ["build_property.ProjectDir"] = root + "Storefront/",
            },
            []);

        GeneratorDriverRunResult run = CSharpGeneratorDriver
            .Create(ParityKitComponents.CreateGenerators(), additional, parseOptions, options)
            .RunGenerators(compilation)
            .GetRunResult();
        Assert.All(run.Results, result => Assert.Null(result.Exception));
        return run.Results
            .SelectMany(result => result.GeneratedSources.Select(source => (Name: result.Generator.GetGeneratorType().Name + "/" + source.HintName, Text: source.SourceText.ToString())))
            .ToDictionary(source => source.Name, source => source.Text, StringComparer.Ordinal);
    }
}
