using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ParityKit.Tests.Infrastructure;

namespace ParityKit.Tests.Reliability;

/// <summary>Inputs the crash corpus found a generator failing on, kept as plain regression tests.</summary>
public sealed class CorpusFindingTests
{
    /// <summary>
    /// A <c>[SeedBaseline]</c> class declared twice (a file compiled twice, the attribute on two parts of a partial
    /// class) is a compile error already; the seed generator used to add its source twice, which throws in the driver
    /// (CS8785) and drops every seed's output.
    /// </summary>
    [Fact]
    public void A_seed_class_declared_twice_does_not_fail_the_generators()
    {
        string seeds = CorpusSeeds.CSharp.Single(s => s.Path == "Seeds/Seeds.cs").Text;
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Storefront",
            CorpusSeeds.CSharp.Select(s => CSharpSyntaxTree.ParseText(s.Text, parseOptions, path: "/app/" + s.Path))
                .Append(CSharpSyntaxTree.ParseText(seeds, parseOptions, path: "/app/Seeds/Copy.cs")),
            CorpusReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        GeneratorDriverRunResult run = CSharpGeneratorDriver
            .Create(ParityKitComponents.CreateGenerators(), parseOptions: parseOptions)
            .RunGenerators(compilation)
            .GetRunResult();

        Assert.All(run.Results, r => Assert.Null(r.Exception));
        Assert.DoesNotContain(run.Diagnostics, d => d.Id is "CS8784" or "CS8785");
        Assert.Contains(run.GeneratedTrees, t => t.FilePath.EndsWith("ParityManifest.g.cs", StringComparison.Ordinal));
    }

    /// <summary>Half-typed code: a seed class whose name is missing used to get generated code that does not parse.</summary>
    [Fact]
    public void A_seed_class_without_a_name_gets_no_generated_code()
    {
        GeneratorDriverRunResult run = RunGenerators("""
            using System.Collections.Generic;
            namespace Shop
            {
                public sealed class Account { public int Id { get; set; } }

                [ParityKit.SeedBaseline("default")]
                public static partial class
                {
                    public static IEnumerable<Account> Accounts() => [new() { Id = 1 }];
                }
            }
            """);

        AssertEveryOutputParses(run);
    }

    /// <summary>Half-typed code: a seed class in a namespace with a missing part (<c>namespace {.Seeds;</c>) used to get generated code that does not parse.</summary>
    [Theory]
    [InlineData("namespace {.Seeds;")]
    [InlineData("namespace Shop.;")]
    public void A_seed_class_in_a_broken_namespace_gets_no_generated_code(string namespaceLine)
    {
        GeneratorDriverRunResult run = RunGenerators(namespaceLine + """

            using System.Collections.Generic;

            public sealed class Account { public int Id { get; set; } }

            [ParityKit.SeedBaseline("default")]
            public static partial class DefaultSeed
            {
                public static IEnumerable<Account> Accounts() => [new() { Id = 1 }];
            }
            """);

        AssertEveryOutputParses(run);
        Assert.DoesNotContain(run.GeneratedTrees, t => t.FilePath.EndsWith(".SeedBaseline.g.cs", StringComparison.Ordinal));
    }

    private static GeneratorDriverRunResult RunGenerators(string source)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Storefront",
            [CSharpSyntaxTree.ParseText(source, parseOptions, path: "/app/Seeds.cs")],
            CorpusReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        return CSharpGeneratorDriver
            .Create(ParityKitComponents.CreateGenerators(), parseOptions: parseOptions)
            .RunGenerators(compilation)
            .GetRunResult();
    }

    private static void AssertEveryOutputParses(GeneratorDriverRunResult run)
    {
        Assert.All(run.Results, r => Assert.Null(r.Exception));
        Assert.All(run.GeneratedTrees, t => Assert.DoesNotContain(t.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error));
    }
}
