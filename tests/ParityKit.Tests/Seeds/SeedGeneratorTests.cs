using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ParityKit.Tests.Infrastructure;

namespace ParityKit.Tests.Seeds;

/// <summary>The seed generator's output, the manifest's <c>seeds</c> section and the seed exports.</summary>
public class SeedGeneratorTests
{
    private const string LatestCohortMigration = "20260415000000_AddBasketNote";

    [Fact]
    public void Default_seed() => Snapshot.Verify(SeedRun.Of(SeedSamples.Project()).SeedSource("DefaultSeed"));

    [Fact]
    public void The_seed_is_tied_to_the_latest_migration_and_hashed()
    {
        SeedRun run = SeedRun.Of(SeedSamples.Project());
        SyntaxTree tree = run.SeedTrees.Single(t => t.FilePath.EndsWith(".DefaultSeed.SeedBaseline.g.cs", StringComparison.Ordinal));

        Assert.Equal("default", GeneratorRunner.GetConstant(run.Output, tree, "SeedName"));
        Assert.Equal(LatestCohortMigration, GeneratorRunner.GetConstant(run.Output, tree, "CheckedMigration"));
        Assert.Matches("^sha256:[0-9a-f]{64}$", GeneratorRunner.GetConstant(run.Output, tree, "ContentHash"));
        Assert.Contains("[assembly: global::System.Reflection.AssemblyMetadata(\"ParityKit.Seed.default\", global::Cohort.Seeds.DefaultSeed.SeedExportJson)]", tree.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_manifest_lists_every_seed_by_name_with_migration_hash_export_and_row_counts()
    {
        SeedRun run = SeedRun.Of(SeedSamples.Project());
        JsonArray seeds = JsonNode.Parse(run.ManifestJson)!["seeds"]!.AsArray();

        Assert.Equal(["checkout-cohort", "default"], seeds.Select(s => (string)s!["name"]!));
        JsonNode seed = seeds[1]!;
        Assert.Equal(LatestCohortMigration, (string?)seed["migration"]);
        Assert.Equal("paritykit.seed.default.json", (string?)seed["export"]);
        Assert.Equal("""{"accounts":3,"baskets":2}""", seed["rows"]!.ToJsonString());
        Assert.Equal((string?)JsonNode.Parse(run.Exports["default"])!["hash"], (string?)seed["hash"]);
        Assert.Equal("""{"accounts":1}""", seeds[0]!["rows"]!.ToJsonString());
    }

    [Fact]
    public void The_export_holds_rows_by_column_principal_tables_first()
    {
        SeedRun run = SeedRun.Of(SeedSamples.Project());
        JsonNode export = JsonNode.Parse(run.Exports["default"])!;

        Assert.Equal(1, (int)export["schemaVersion"]!);
        Assert.Equal(LatestCohortMigration, (string?)export["migration"]);
        JsonArray tables = export["tables"]!.AsArray();
        Assert.Equal(["accounts", "baskets"], tables.Select(t => (string)t!["name"]!));
        Assert.Equal("ParityKit.Fixtures.Account", (string?)tables[0]!["entity"]);
        Assert.Equal(
            """[{"display_name":"Ada","email":"ada@example.test","id":1},{"display_name":"Grace \u0022Amazing\u0022 Hopper","email":"grace@example.test","id":2},{"display_name":"Linus","email":"linus@example.test","id":3}]""",
            tables[0]!["rows"]!.ToJsonString());
        Assert.Equal(
            """[{"account_id":1,"id":10,"item_count":3,"note":"gift wrap"},{"account_id":2,"id":11,"item_count":1}]""",
            tables[1]!["rows"]!.ToJsonString());
    }

    [Fact]
    public void The_hash_ignores_member_order_and_follows_every_value()
    {
        string hash = Hash(SeedSamples.Seeds);
        Assert.Equal(hash, Hash(SeedSamples.Seeds.Replace("Id = 1, Email = \"ada@example.test\", DisplayName = \"Ada\"", "DisplayName = \"Ada\", Id = 1, Email = \"ada@example.test\"")));
        Assert.NotEqual(hash, Hash(SeedSamples.Seeds.Replace("ItemCount = 3", "ItemCount = 4")));
        Assert.Equal(hash, Hash(SeedSamples.Seeds), StringComparer.Ordinal);

        static string Hash(string seeds) => (string)JsonNode.Parse(SeedRun.Of(SeedSamples.Project(seeds)).Exports["default"])!["hash"]!;
    }

    [Fact]
    public void A_seed_with_a_value_that_is_not_a_constant_keeps_its_accessors_but_has_no_hash_and_no_export()
    {
        SeedRun run = SeedRun.Of(SeedSamples.Project(SeedSamples.Seeds.Replace("ItemCount = 3", "ItemCount = System.Environment.ProcessorCount")));
        SyntaxTree tree = run.SeedTrees.Single(t => t.FilePath.EndsWith(".DefaultSeed.SeedBaseline.g.cs", StringComparison.Ordinal));

        Assert.Null(GeneratorRunner.GetConstant(run.Output, tree, "ContentHash"));
        Assert.Null(GeneratorRunner.GetConstant(run.Output, tree, "SeedExportJson"));
        Assert.DoesNotContain("ParityKit.Seed.default", tree.ToString(), StringComparison.Ordinal);
        Assert.Contains("public static async global::System.Threading.Tasks.Task<int> ApplyAsync(", tree.ToString(), StringComparison.Ordinal);
        Assert.Equal(["checkout-cohort"], JsonNode.Parse(run.ManifestJson)!["seeds"]!.AsArray().Select(s => (string)s!["name"]!));
    }

    [Fact]
    public void Without_EF_Core_only_the_accessors_are_generated_and_no_migration_is_claimed()
    {
        const string source = """
            using System.Collections.Generic;
            using ParityKit;

            namespace Plain
            {
                public class Person { public int Id { get; set; } [TargetingId] public string Email { get; set; } = ""; }

                [SeedBaseline("people")]
                public static partial class PeopleSeed
                {
                    public static IEnumerable<Person> People() => [new() { Id = 1, Email = "a@example.test" }];
                }
            }
            """;
        CSharpCompilation compilation = GeneratorRunner.CreateCompilation([source]);
        SeedRun run = SeedRun.Of(compilation);
        string generated = run.SeedSource("PeopleSeed");

        Assert.DoesNotContain("ApplyAsync", generated, StringComparison.Ordinal);
        Assert.Contains("public static global::System.Collections.Generic.IReadOnlyList<global::Plain.Person> People =>", generated, StringComparison.Ordinal);
        Assert.Null(GeneratorRunner.GetConstant(run.Output, run.SeedTrees[0], "CheckedMigration"));
        JsonNode seed = JsonNode.Parse(run.ManifestJson)!["seeds"]![0]!;
        Assert.Null((string?)seed["migration"]);
        Assert.Equal("""{"Person":1}""", seed["rows"]!.ToJsonString());
    }

    [Fact]
    public void A_class_that_is_not_static_partial_gets_no_generated_half()
    {
        SeedRun run = SeedRun.Of(SeedSamples.Project(SeedSamples.Seeds.Replace("internal static partial class CheckoutCohortSeed", "internal static class CheckoutCohortSeed")));
        Assert.DoesNotContain(run.SeedTrees, t => t.FilePath.Contains("CheckoutCohortSeed", StringComparison.Ordinal));
    }

    [Fact]
    public void The_export_writes_the_CLR_default_of_a_required_value_column_the_rows_leave_unset()
    {
        const string seeds = """
            using System.Collections.Generic;
            using ParityKit;
            using ParityKit.Fixtures;

            [SeedBaseline("orders")]
            public static partial class OrderSeed
            {
                public static IEnumerable<User> Users() => [new() { Id = 1, ExternalId = "ext-1", DisplayName = "Ada", Email = "ada@example.test" }];

                public static IEnumerable<Order> Orders() => [new() { Id = 7, UserId = 1 }];
            }
            """;
        SeedRun run = SeedRun.Of([DataShape.Infrastructure.FixtureSources.Model, .. DataShape.Infrastructure.FixtureSources.StoreMigrations, ("/App/Seeds.cs", seeds)]);
        JsonArray tables = JsonNode.Parse(run.Exports["orders"])!["tables"]!.AsArray();

        Assert.Equal(["users", "customer_orders"], tables.Select(t => (string)t!["name"]!));
        Assert.Equal(
            """[{"id":7,"placed_at":"0001-01-01T00:00:00","total_cents":0,"user_id":1}]""",
            tables[1]!["rows"]!.ToJsonString());
    }
}
