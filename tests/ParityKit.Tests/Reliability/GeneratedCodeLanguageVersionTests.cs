using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using ParityKit.Tests.Infrastructure;

namespace ParityKit.Tests.Reliability;

/// <summary>
/// Every generator's output parses at every language version a project can have: C# 7.3 is the default of
/// netstandard2.0 and .NET Framework projects, where <c>#nullable</c> and <c>string?</c> are errors (CS8370) that would
/// break the build of any such project referencing ParityKit. Found by the crash corpus, for the manifest first and
/// then for the seed baselines; this test keeps every generator, present and future, to it.
/// </summary>
public sealed class GeneratedCodeLanguageVersionTests
{
    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.CSharp8)]
    [InlineData(LanguageVersion.Latest)]
    public void Generated_sources_parse_at(LanguageVersion version)
    {
        var parseOptions = new CSharpParseOptions(version);
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Storefront",
            CorpusSeeds.CSharp.Select(seed => CSharpSyntaxTree.ParseText(seed.Text, parseOptions, path: "/app/" + seed.Path)),
            CorpusReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        ImmutableArray<AdditionalText> files = CorpusSeeds.Json
            .Select(file => (AdditionalText)new CorpusText("/app/" + file.Path, SourceText.From(file.Text)))
            .ToImmutableArray();

        GeneratorDriverRunResult run = CSharpGeneratorDriver
            .Create(ParityKitComponents.CreateGenerators(), files, parseOptions, new CorpusOptions(new Dictionary<string, string>(), []))
            .RunGenerators(compilation)
            .GetRunResult();

        var generated = run.Results.SelectMany(r => r.GeneratedSources).ToList();
        Assert.Contains(generated, s => s.HintName == "ParityManifest.g.cs");
        Assert.Contains(generated, s => s.HintName.EndsWith(".SeedBaseline.g.cs", StringComparison.Ordinal));
        var errors = generated
            .SelectMany(s => s.SyntaxTree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => s.HintName + ": " + d))
            .ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
