using Verify = ParityKit.Tests.Infrastructure.AnalyzerVerifier<ParityKit.Analyzers.Seeds.SeedBaselineAnalyzer>;

namespace ParityKit.Tests.Seeds;

/// <summary>PK9011: two seed baselines with one name; the first by full class name is the one exported.</summary>
public class PK9011Tests
{
    private const string Source = """
        using System.Collections.Generic;
        using ParityKit;

        public class Account { public int Id { get; set; } }

        namespace A
        {
            [SeedBaseline("default")]
            public static partial class DefaultSeed { public static IEnumerable<Account> Accounts() => [new() { Id = 1 }]; }
        }

        namespace B
        {
            [{|#0:SeedBaseline("default")|}]
            public static partial class DefaultSeed { public static IEnumerable<Account> Accounts() => [new() { Id = 2 }]; }

            [SeedBaseline("other")]
            public static partial class OtherSeed { public static IEnumerable<Account> Accounts() => [new() { Id = 3 }]; }
        }
        """;

    [Fact]
    public Task Fires_at_every_seed_but_the_first_with_the_name()
    {
        var test = Verify.Create(Source);
        test.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult("PK9011", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
            .WithLocation(0)
            .WithMessage("Seed baseline 'default' is also declared by A.DefaultSeed; the manifest and paritykit.seed.default.json keep only that one, so rename this seed"));
        return test.RunAsync();
    }

    [Fact]
    public void Only_the_first_embeds_its_export_and_the_manifest_lists_it_once()
    {
        SeedRun run = SeedRun.Of(GeneratorRunnerCompilation());
        Assert.Contains("ParityKit.Seed.default", run.SeedTrees.Single(t => t.FilePath.EndsWith("A.DefaultSeed.SeedBaseline.g.cs", StringComparison.Ordinal)).ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("ParityKit.Seed.default", run.SeedTrees.Single(t => t.FilePath.EndsWith("B.DefaultSeed.SeedBaseline.g.cs", StringComparison.Ordinal)).ToString(), StringComparison.Ordinal);
        Assert.Equal(["default", "other"], System.Text.Json.Nodes.JsonNode.Parse(run.ManifestJson)!["seeds"]!.AsArray().Select(s => (string)s!["name"]!));

        static Microsoft.CodeAnalysis.Compilation GeneratorRunnerCompilation() => Infrastructure.GeneratorRunner.CreateCompilation([Source.Replace("{|#0:", "").Replace(")|}]", ")]")]);
    }
}
