using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ParityKit.Analyzers.Common;
using ParityKit.Tests.Infrastructure;
using ParityKit.Tests.Manifest;

namespace ParityKit.Tests.Flags;

/// <summary>
/// The manifest's <c>featureFlags</c> and the typed <c>ParityManifest.Flags</c>: every flag declared in code or production
/// configuration and every flag read, with its production baseline and where it is read. (Caching of the flag steps is
/// in <see cref="ManifestCachingTests"/>, the generated text in the <c>Full_set_with_flags</c> snapshot.)
/// </summary>
public class FlagsManifestTests
{
    [Fact]
    public void Lists_every_declared_configured_and_read_flag_with_its_baseline_and_read_sites()
    {
        ManifestRun run = ManifestRun.Of(ManifestSamples.FullSetWithFlags());

        Assert.Equal(
            """
            [{"key":"Recommendations","baseline":true,"readAt":["Search/SearchService.cs:20"]},
            {"key":"banner","baseline":false,"readAt":["Search/SearchService.cs:8"]},
            {"key":"fast-search","baseline":true,"rolloutPercentage":10,"variants":["fast","slow"],"readAt":["Search/SearchService.cs:17"]},
            {"key":"from-base-file","baseline":true,"readAt":[]},
            {"key":"holiday-banner","baseline":null,"readAt":["Search/SearchService.cs:19"]},
            {"key":"new-checkout","baseline":false,"readAt":["Search/SearchService.cs:18"]},
            {"key":"unread","baseline":true,"readAt":[]}]
            """.Replace("\n", ""),
            Flags(run).ToJsonString());
        Assert.Empty(run.CompilationProblems());
    }

    [Fact]
    public void Typed_flags_carry_key_baseline_rollout_and_variants()
    {
        ManifestInput input = ManifestSamples.FullSetWithFlags();
        ManifestRun run = ManifestRun.Of(input with
        {
            Files = input.Files.Append((ManifestSamples.ProjectDirectory + "Uses.cs", """
                namespace Storefront
                {
                    public static class Uses
                    {
                        public static bool FastSearchOn() { return ParityManifest.Flags.FastSearch.Baseline == true && ParityManifest.Flags.FastSearch.HasBaseline; }
                        public static int Rollout() { return ParityManifest.Flags.FastSearch.RolloutPercentage; }
                        public static string Holiday() { return ParityManifest.Flags.HolidayBanner.Key; }
                        public static bool? HolidayBaseline() { return ParityManifest.Flags.HolidayBanner.Baseline; }
                        public static int Count() { return ParityManifest.Flags.All.Count + ParityManifest.Flags.FastSearch.Variants.Count; }
                    }
                }
                """)).ToArray(),
        });

        Assert.Empty(run.CompilationProblems());
        Assert.Contains("public static readonly global::Storefront.ParityManifest.FeatureFlag HolidayBanner = new global::Storefront.ParityManifest.FeatureFlag(\"holiday-banner\", null, 0, global::System.Array.Empty<string>());", run.Source);
        Assert.Contains("    HolidayBanner,", run.Source);
    }

    [Fact]
    public void A_baseline_from_a_referenced_flags_library_reaches_the_manifest()
    {
        CSharpCompilation library = GeneratorRunner.CreateCompilation(
            [("Shared.cs", """
                namespace Shared
                {
                    [ParityKit.FeatureFlags]
                    public static class SharedFlags
                    {
                        [ParityKit.Baseline(true, RolloutPercentage = 25)] public const string Beta = "beta";
                    }
                }
                """)],
            assemblyName: "Shared");
        using var image = new MemoryStream();
        Assert.True(library.Emit(image).Success);

        ManifestRun run = ManifestRun.Of(new ManifestInput([("/src/App/Reader.cs", """
            using System.Threading.Tasks;
            using Microsoft.FeatureManagement;

            namespace App
            {
                public static class Reader
                {
                    public static Task<bool> Beta(IFeatureManager features) { return features.IsEnabledAsync(Shared.SharedFlags.Beta); }
                }
            }
            """)])
        {
            References = [FlagTestSources.FeatureManagement, MetadataReference.CreateFromImage(image.ToArray())],
            ProjectDirectory = "/src/App",
        });

        Assert.Equal("""[{"key":"beta","baseline":true,"rolloutPercentage":25,"readAt":["Reader.cs:8"]}]""", Flags(run).ToJsonString());
    }

    [Fact]
    public void Malformed_declarations_and_unread_configuration_of_other_environments_are_left_out()
    {
        ManifestRun run = ManifestRun.Of(new ManifestInput([("/src/App/Flags.cs", """
            [assembly: ParityKit.FlagBaseline("too-much", true, RolloutPercentage = 150)]
            [assembly: ParityKit.FlagBaseline("", true)]
            [assembly: ParityKit.FlagBaseline("fine", false)]
            """)])
        {
            AdditionalFiles =
            [
                ("/src/App/appsettings.Staging.json", """{ "FeatureManagement": { "staging-only": true } }"""),
                ("/src/App/appsettings.Production.json", "{ not json"),
            ],
        });

        Assert.Equal("""[{"key":"fine","baseline":false,"readAt":[]}]""", Flags(run).ToJsonString());
    }

    [Fact]
    public void Code_wins_over_configuration_and_the_first_declaration_in_source_order_wins()
    {
        ManifestRun run = ManifestRun.Of(new ManifestInput(
        [
            ("/src/App/B.cs", """[assembly: ParityKit.FlagBaseline("Dup", true)]"""),
            ("/src/App/A.cs", """[assembly: ParityKit.FlagBaseline("dup", false)]"""),
        ])
        {
            AdditionalFiles = [("/src/App/appsettings.Production.json", """{ "FeatureManagement": { "DUP": true } }""")],
        });

        Assert.Equal("""[{"key":"dup","baseline":false,"readAt":[]}]""", Flags(run).ToJsonString());
    }

    [Theory]
    [InlineData(@"C:\src\Shop\Search\SearchService.cs", @"C:\src\Shop\", "Search/SearchService.cs")]
    [InlineData("/src/Shop/Program.cs", "/src/Shop", "Program.cs")]
    [InlineData("/elsewhere/Linked.cs", "/src/Shop/", "Linked.cs")]
    [InlineData("/src/Shop/Deep/Program.cs", null, "Program.cs")]
    public void Read_sites_are_project_relative_with_forward_slashes(string path, string? projectDirectory, string expected) =>
        Assert.Equal(expected + ":7", ProjectRelativePath.ReadAt(path, projectDirectory, 7));

    private static JsonArray Flags(ManifestRun run) => JsonNode.Parse(run.Json!)!["featureFlags"]!.AsArray();
}
