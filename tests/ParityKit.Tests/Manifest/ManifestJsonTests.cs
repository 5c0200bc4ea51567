using System.Text.Json;
using System.Text.Json.Nodes;
using ParityKit.Tests.Infrastructure;

namespace ParityKit.Tests.Manifest;

/// <summary>The manifest JSON: its shape, determinism, and that no secret value ever reaches it.</summary>
public class ManifestJsonTests
{
    [Fact]
    public void Full_set_has_the_documented_shape()
    {
        JsonObject manifest = Parse(ManifestRun.Of(ManifestSamples.FullSet).Json);

        Assert.Equal(
            ["schemaVersion", "app", "settings", "secrets", "thirdPartyApis", "featureFlags", "database", "seeds", "browser"],
            manifest.Select(p => p.Key));
        Assert.Equal(1, (int)manifest["schemaVersion"]!);
        Assert.Equal("""{"name":"storefront","assembly":"Storefront"}""", manifest["app"]!.ToJsonString());
        Assert.Equal(
            """{"key":"Checkout:Currency","envVar":"Checkout__Currency","required":false,"default":"USD","readAt":[]}""",
            manifest["settings"]![0]!.ToJsonString());
        Assert.Equal(
            """{"key":"Checkout:TaxRate","envVar":"Checkout__TaxRate","required":true,"readAt":[]}""",
            manifest["settings"]![1]!.ToJsonString());
        Assert.Equal(
            """{"key":"Stripe:ApiKey","envVar":"Stripe__ApiKey","source":"vault:payments/stripe","required":true,"readAt":[]}""",
            manifest["secrets"]![2]!.ToJsonString());
        Assert.Equal(
            """{"key":"ConnectionStrings:Catalog","envVar":"ConnectionStrings__Catalog","source":null,"required":true,"readAt":[]}""",
            manifest["secrets"]![1]!.ToJsonString());
        Assert.Equal(
            """{"name":"stripe","configKey":"Stripe:BaseUrl","keySetting":"Stripe:ApiKey","tiers":{"live":"https://api.stripe.com","sandbox":"https://api.stripe.com"},"previewTier":"sandbox"}""",
            manifest["thirdPartyApis"]![1]!.ToJsonString());
        Assert.Equal("[]", manifest["featureFlags"]!.ToJsonString());
        Assert.Null(manifest["database"]);
        Assert.Equal("[]", manifest["seeds"]!.ToJsonString());
        Assert.Equal(
            """{"baseUrlSetting":"App:BaseUrl","storageKeys":["cart","onboarding-step"],"serviceWorkers":["wwwroot/sw.js"]}""",
            manifest["browser"]!.ToJsonString());
    }

    [Fact]
    public void Text_is_indented_two_spaces_with_unix_newlines_and_ascii_only()
    {
        string json = ManifestRun.Of(ManifestSamples.OddKeys).Json!;
        Assert.StartsWith("{\n  \"schemaVersion\": 1,\n  \"app\": {\n    \"name\": ", json);
        Assert.EndsWith("}\n", json);
        Assert.DoesNotContain("\r", json);
        Assert.All(json, c => Assert.True(c == '\n' || (c >= ' ' && c <= '~'), $"U+{(int)c:X4} in the manifest"));
        Assert.Contains("\"default\": \"Say \\\"hi\\\" \\\\ to\\n\\tus for 5 \\u20AC\"", json);
        Assert.Equal("Say \"hi\" \\ to\n\tus for 5 \u20AC", (string?)Parse(json)["settings"]!.AsArray().Single(s => (string?)s!["key"] == "Banner:Text")!["default"]);
    }

    [Fact]
    public void Entries_are_sorted_by_key_and_name_in_ordinal_order()
    {
        JsonObject manifest = Parse(ManifestRun.Of(ManifestSamples.OddKeys).Json);
        foreach ((string section, string property) in new[] { ("settings", "key"), ("secrets", "key"), ("thirdPartyApis", "name") })
        {
            var keys = manifest[section]!.AsArray().Select(e => (string)e![property]!).ToList();
            Assert.Equal(keys.OrderBy(k => k, StringComparer.Ordinal), keys);
        }
    }

    [Fact]
    public void Two_runs_give_the_same_bytes()
    {
        ManifestRun first = ManifestRun.Of(ManifestSamples.FullSet);
        ManifestRun second = ManifestRun.Of(ManifestSamples.FullSet);
        Assert.Equal(first.Json, second.Json);
        Assert.Equal(first.Source, second.Source);
    }

    [Fact]
    public void Declaration_order_and_file_layout_do_not_change_the_output()
    {
        string[] reversed = ManifestSamples.FullSetDeclarations.Reverse().ToArray();
        string oneFile = "using ParityKit;\n" + string.Join("\n", reversed);
        string[] fileEach = reversed.Select(declaration => "using ParityKit;\n" + declaration).ToArray();

        string? expected = ManifestRun.Of(ManifestSamples.FullSet).Json;
        Assert.Equal(expected, ManifestRun.Of(oneFile).Json);
        Assert.Equal(expected, ManifestRun.Of(fileEach).Json);
    }

    [Fact]
    public void Secrets_carry_key_and_source_only()
    {
        JsonObject manifest = Parse(ManifestRun.Of(ManifestSamples.FullSet).Json);
        Assert.All(manifest["secrets"]!.AsArray(), secret =>
            Assert.Equal(["key", "envVar", "source", "required", "readAt"], secret!.AsObject().Select(p => p.Key)));
    }

    [Fact]
    public void Values_planted_in_code_never_reach_the_manifest_or_the_generated_source()
    {
        const string LiveKey = "sk_live_51HqLyjWDarjtT1zdp7dcPlanted";
        const string Password = "hunter2-planted";
        ManifestRun run = ManifestRun.Of($$"""
            using ParityKit;
            [assembly: RequiresSecret("Stripe:ApiKey", Source = "vault:payments/stripe")]
            [assembly: RequiresSecret("Stripe:WebhookSecret", Source = "{{LiveKey}}")]
            [assembly: RequiresSetting("Db:Connection", Default = "Host=db;Password={{Password}}")]
            [assembly: ThirdPartyApi("stripe", KeySetting = "Stripe:ApiKey")]

            namespace Storefront
            {
                public static class Payments
                {
                    public const string StripeKey = "{{LiveKey}}";
                    public static string Connection() { return "Host=db;Password={{Password}}"; }
                }
            }
            """);

        foreach (string planted in new[] { LiveKey, Password, "sk_live_" })
        {
            Assert.DoesNotContain(planted, run.Json);
            Assert.DoesNotContain(planted, run.Source);
        }

        // The declarations holding values are malformed (PK9001) and left out; the well-formed ones stay.
        JsonObject manifest = Parse(run.Json);
        Assert.Equal(["Stripe:ApiKey"], manifest["secrets"]!.AsArray().Select(s => (string)s!["key"]!));
        Assert.Empty(manifest["settings"]!.AsArray());
    }

    [Fact]
    public void Duplicates_keep_the_first_declaration_and_a_secret_over_a_setting()
    {
        JsonObject manifest = Parse(ManifestRun.Of("""
            using ParityKit;
            [assembly: RequiresSetting("Checkout:Currency", Default = "USD")]
            [assembly: RequiresSetting("checkout__currency", Default = "EUR")]
            [assembly: RequiresSetting("Stripe:ApiKey", Default = "none")]
            [assembly: RequiresSecret("Stripe:ApiKey", Source = "vault:payments/stripe")]
            [assembly: ThirdPartyApi("stripe", Live = "https://api.stripe.com")]
            [assembly: ThirdPartyApi("Stripe", Live = "https://example.com")]
            """).Json);

        Assert.Equal("""[{"key":"Checkout:Currency","envVar":"Checkout__Currency","required":false,"default":"USD","readAt":[]}]""", manifest["settings"]!.ToJsonString());
        Assert.Equal("Stripe:ApiKey", (string?)manifest["secrets"]![0]!["key"]);
        Assert.Equal("https://api.stripe.com", (string?)manifest["thirdPartyApis"]!.AsArray().Single()!["tiers"]!["live"]);
    }

    [Fact]
    public void App_name_falls_back_to_the_assembly_name_when_missing_or_malformed()
    {
        Assert.Equal("Shop.Web", (string?)Parse(ManifestRun.Of(ManifestSamples.NoDeclarations, assemblyName: "Shop.Web").Json)["app"]!["name"]);
        Assert.Equal("Shop.Web", (string?)Parse(ManifestRun.Of("[assembly: ParityKit.ParityApp(\"bad name\")]", assemblyName: "Shop.Web").Json)["app"]!["name"]);
    }

    [Fact]
    public void Schema_rejects_a_secret_with_a_value_and_an_unknown_section()
    {
        JsonObject manifest = Parse(ManifestRun.Of(ManifestSamples.FullSet).Json);
        manifest["secrets"]![0]!["value"] = "sk_live_x";
        Assert.False(ManifestSchema.Evaluate(manifest.ToJsonString()).IsValid);

        manifest = Parse(ManifestRun.Of(ManifestSamples.FullSet).Json);
        manifest["settingz"] = new JsonArray();
        Assert.False(ManifestSchema.Evaluate(manifest.ToJsonString()).IsValid);
    }

    [Fact]
    public void Schema_accepts_the_sections_of_later_features()
    {
        JsonObject manifest = Parse(ManifestRun.Of(ManifestSamples.FullSet).Json);
        manifest["featureFlags"] = JsonNode.Parse("""[{"key":"fast-search","baseline":true,"rolloutPercentage":10,"variants":["a","b"],"readAt":["Search/SearchService.cs:31"]}]""");
        manifest["database"] = JsonNode.Parse("""
            {"provider":"Microsoft.EntityFrameworkCore.Sqlite","context":"StoreDbContext",
             "migrations":["20260101000000_Initial","20260301000000_RenameUserIdentifier"],
             "latestMigration":"20260301000000_RenameUserIdentifier",
             "schemaHash":"sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
             "tables":[{"name":"users","schema":"shop","columns":[{"name":"external_id","type":"TEXT","nullable":false}]}]}
            """);
        manifest["seeds"] = JsonNode.Parse("""[{"name":"default","migration":"20260301000000_RenameUserIdentifier","hash":"sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef","export":"paritykit.seed.default.json","rows":{"users":3}}]""");
        manifest["browser"] = JsonNode.Parse("""{"baseUrlSetting":"App:BaseUrl","storageKeys":["onboarding-step"],"serviceWorkers":["wwwroot/sw.js"]}""");
        ManifestSchema.AssertValid(manifest.ToJsonString());

        manifest["featureFlags"]![0]!["readAt"] = new JsonArray("/home/ci/src/Search/SearchService.cs:31");
        Assert.False(ManifestSchema.Evaluate(manifest.ToJsonString()).IsValid, "an absolute path must not validate");
    }

    private static JsonObject Parse(string? json)
    {
        Assert.NotNull(json);
        return JsonNode.Parse(json, documentOptions: new JsonDocumentOptions())!.AsObject();
    }
}
