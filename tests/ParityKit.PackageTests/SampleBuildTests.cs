using System.Text.Json;
using System.Text.RegularExpressions;
using ParityKit.Tests.Infrastructure;

namespace ParityKit.PackageTests;

/// <summary>
/// The README's "see it work" command: building the sample shows PK2001 at the literal, PK4001 at the flag read nobody
/// declared, PK4005 at the staging file's drifting line, PK1001 at the raw SQL that still names a column the migrations
/// project (a ProjectReference) renamed, PK4006 at the rollout flag the default seed's accounts all miss, and writes a manifest that lists every flag with its baseline and the database.
/// Expected positions are found in the sample's own files, so editing the sample does not break the test for nothing.
/// </summary>
[Collection(PackedPackageCollection.Name)] // serial with the pack: both read the src/ build output
public sealed class SampleBuildTests
{
    private static readonly string SampleDirectory = Path.Combine(PackedPackage.RepoRoot, "samples", "Storefront");

    private static readonly Lazy<(DotNet.Result Build, string ManifestPath)> Built = new(() =>
    {
        string manifestPath = Path.Combine(SampleDirectory, "bin", PackedPackage.Configuration, "net10.0", "paritykit.manifest.json");

        // As on a fresh clone: the solution build may already have compiled the sample, which would hide its warnings.
        // (File.Delete throws when the folder is missing, as it is on a fresh clone: `dotnet test` builds no sample.)
        DeleteIfPresent(Path.Combine(SampleDirectory, "obj", PackedPackage.Configuration, "net10.0", "Storefront.dll"));
        DeleteIfPresent(manifestPath);

        DotNet.Result build = DotNet.Run(
            PackedPackage.RepoRoot,
            "build", Path.Combine(SampleDirectory, "Storefront.csproj"), "-c", PackedPackage.Configuration, "-nodeReuse:false", "-tl:off");
        return (build, manifestPath);
    });

    [Fact]
    public void Building_the_sample_reports_PK2001_and_writes_a_schema_valid_manifest()
    {
        (DotNet.Result build, string manifestPath) = Built.Value;

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Matches(@"Payments[/\\]PayPalPayments\.cs\(\d+,\d+\): warning PK2001: .*api-m\.sandbox\.paypal\.com", build.Output);

        Assert.Contains("ParityKit: manifest written to " + manifestPath, build.Output);
        string manifest = File.ReadAllText(manifestPath);
        ManifestSchema.AssertValid(manifest);
        using JsonDocument json = JsonDocument.Parse(manifest);
        Assert.Equal("storefront", json.RootElement.GetProperty("app").GetProperty("name").GetString());

        // Issue 5: every key the sample reads is listed, secrets marked, and no value from the drift cases leaks.
        Assert.Matches(@"Settings[/\\]InventoryDrift\.cs\(\d+,\d+\): warning PK3001: .*Inventory:ReorderThreshold", build.Output);
        Assert.Matches(@"Settings[/\\]InventoryDrift\.cs\(\d+,\d+\): warning PK2003: .*'whsec_…'", build.Output);
        Assert.Matches(@"Settings[/\\]InventoryDrift\.cs\(\d+,\d+\): warning PK3003: ", build.Output);
        Assert.Matches(@"Settings[/\\]InventoryDrift\.cs\(\d+,\d+\): warning PK3002: ", build.Output);
        var settings = json.RootElement.GetProperty("settings").EnumerateArray().Select(e => e.GetProperty("key").GetString()).ToList();
        var secrets = json.RootElement.GetProperty("secrets").EnumerateArray().Select(e => e.GetProperty("key").GetString()).ToList();
        Assert.Subset(settings.ToHashSet(), new HashSet<string?>
        {
            "Checkout:Currency", "Inventory:ReorderThreshold", "Inventory:WarehouseRegion", "Mail:Host", "Mail:Port", "ShippingRates:BaseUrl", "Stripe:BaseUrl",
        });
        Assert.Subset(secrets.ToHashSet(), new HashSet<string?>
        {
            "ConnectionStrings:Inventory", "ConnectionStrings:Reporting", "Mail:Password", "Stripe:ApiKey", "Stripe:WebhookSecret",
        });
        Assert.All(json.RootElement.GetProperty("secrets").EnumerateArray(), secret => Assert.NotEmpty(secret.GetProperty("readAt").EnumerateArray()));
        Assert.DoesNotContain("whsec_", manifest, StringComparison.Ordinal);
        Assert.DoesNotContain("old-inventory-db", manifest, StringComparison.Ordinal);
        Assert.DoesNotContain(PackedPackage.RepoRoot, manifest, StringComparison.Ordinal);
    }

    [Fact]
    public void PK4001_is_reported_at_the_undeclared_flag_read_and_nowhere_else()
    {
        (DotNet.Result build, _) = Built.Value;
        Assert.True(build.ExitCode == 0, build.Output);

        (int line, int column) = Find(Path.Combine("Catalog", "CatalogPage.cs"), "\"HolidayBanner\"");
        Assert.Equal(
            [$"Catalog/CatalogPage.cs({line},{column}): warning PK4001: Flag 'HolidayBanner'"],
            Warnings(build.Output, "PK4001", "Flag '[^']*'"));
    }

    [Fact]
    public void PK4005_is_reported_at_the_staging_line_that_drifts_from_production()
    {
        (DotNet.Result build, _) = Built.Value;
        Assert.True(build.ExitCode == 0, build.Output);

        // Staging turns NewCheckout on (production: off); its Recommendations agrees with production and is not reported.
        (int line, int column) = Find("appsettings.Staging.json", "\"NewCheckout\"");
        Assert.Equal(
            [$"appsettings.Staging.json({line},{column}): warning PK4005: appsettings.Staging.json sets flag 'NewCheckout'"],
            Warnings(build.Output, "PK4005", "appsettings.Staging.json sets flag '[^']*'"));
    }

    [Fact]
    public void The_manifest_lists_every_flag_the_sample_reads_with_its_production_baseline()
    {
        (DotNet.Result build, string manifestPath) = Built.Value;
        Assert.True(build.ExitCode == 0, build.Output);

        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(manifestPath));
        var flags = json.RootElement.GetProperty("featureFlags").EnumerateArray()
            .Select(flag => (
                Key: flag.GetProperty("key").GetString(),
                Baseline: flag.GetProperty("baseline").ValueKind == JsonValueKind.Null ? (bool?)null : flag.GetProperty("baseline").GetBoolean(),
                Rollout: flag.TryGetProperty("rolloutPercentage", out JsonElement rollout) ? rollout.GetInt32() : 0,
                ReadAt: string.Join(" ", flag.GetProperty("readAt").EnumerateArray().Select(site => site.GetString()))))
            .ToList();

        Assert.Equal(
            [
                // [Baseline(true, RolloutPercentage = 10)] in StoreFlags, gating the /search endpoint.
                ("FastSearch", true, 10, "Program.cs:" + Find("Program.cs", "WithFeatureGate(StoreFlags.FastSearch)").Line),
                // Read without a baseline: null, the state PK4001 asks for.
                ("HolidayBanner", null, 0, "Catalog/CatalogPage.cs:" + Find(Path.Combine("Catalog", "CatalogPage.cs"), "\"HolidayBanner\"").Line),
                // [Baseline(false)] in StoreFlags.
                ("NewCheckout", false, 0, "Catalog/CatalogPage.cs:" + Find(Path.Combine("Catalog", "CatalogPage.cs"), "StoreFlags.NewCheckout").Line),
                // From appsettings.Production.json.
                ("Recommendations", true, 0, "Catalog/CatalogPage.cs:" + Find(Path.Combine("Catalog", "CatalogPage.cs"), "\"Recommendations\"").Line),
            ],
            flags);
    }

    [Fact]
    public void PK5001_is_reported_at_the_staging_link_and_the_manifest_lists_the_browser_state()
    {
        (DotNet.Result build, string manifestPath) = Built.Value;
        Assert.True(build.ExitCode == 0, build.Output);

        // The fixed form (the base-URL setting) in the same file is not reported.
        (int line, int column) = Find(Path.Combine("Onboarding", "WelcomeEmail.cs"), "$\"https://staging.storefront.example");
        Assert.Equal(
            [$"Onboarding/WelcomeEmail.cs({line},{column}): warning PK5001: 'https://staging.storefront.example'"],
            Warnings(build.Output, "PK5001", "'[^']*'"));

        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(manifestPath));
        JsonElement browser = json.RootElement.GetProperty("browser");
        Assert.Equal("App:BaseUrl", browser.GetProperty("baseUrlSetting").GetString());
        Assert.Equal(["theme"], browser.GetProperty("storageKeys").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal(["wwwroot/sw.js"], browser.GetProperty("serviceWorkers").EnumerateArray().Select(w => w.GetString()));
    }

    [Fact]
    public void PK1001_is_reported_at_the_raw_SQL_that_still_names_the_renamed_column()
    {
        (DotNet.Result build, _) = Built.Value;
        Assert.True(build.ExitCode == 0, build.Output);

        // The migration is in samples/Storefront.Data; the app reads its schema from that assembly's metadata.
        (int line, int column) = Find(Path.Combine("Data", "UserDirectory.cs"), "SELECT user_identifier");
        Assert.Equal(
            [$"Data/UserDirectory.cs({line},{column + "SELECT ".Length}): warning PK1001: Column 'user_identifier' of table 'users' was renamed to 'external_id' by migration '20260301000000_RenameUserIdentifier'"],
            Warnings(build.Output, "PK1001", "Column '[^']*' of table '[^']*' was renamed to '[^']*' by migration '[^']*'"));
    }

    [Fact]
    public void The_manifest_describes_the_database_of_the_referenced_migrations_project()
    {
        (DotNet.Result build, string manifestPath) = Built.Value;
        Assert.True(build.ExitCode == 0, build.Output);

        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(manifestPath));
        JsonElement database = json.RootElement.GetProperty("database");
        Assert.Equal("Microsoft.EntityFrameworkCore.Sqlite", database.GetProperty("provider").GetString());
        Assert.Equal("StoreDbContext", database.GetProperty("context").GetString());
        Assert.Equal("20260301000000_RenameUserIdentifier", database.GetProperty("latestMigration").GetString());
        Assert.Equal(["orders", "users"], database.GetProperty("tables").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
    }

    [Fact]
    public void PK4006_is_reported_at_the_rollout_flag_whose_default_seed_accounts_all_fall_outside()
    {
        (DotNet.Result build, _) = Built.Value;
        Assert.True(build.ExitCode == 0, build.Output);

        // FastSearch rolls out to 10%: the default seed's three shoppers all hash outside it; the checkout cohort covers both sides.
        (int line, int column) = Find(Path.Combine("Flags", "StoreFlags.cs"), "FastSearch =");
        Assert.Equal(
            [$"Flags/StoreFlags.cs({line},{column}): warning PK4006: Flag 'FastSearch' rolls out to 10% of users, but 0 of the 3 seed accounts of seed baseline 'default'"],
            Warnings(build.Output, "PK4006", "Flag '[^']*' rolls out to \\d+% of users, but \\d+ of the \\d+ seed accounts of seed baseline '[^']*'"));
    }

    [Fact]
    public void The_sample_seeds_are_in_the_manifest_and_exported_beside_it()
    {
        (DotNet.Result build, string manifestPath) = Built.Value;
        Assert.True(build.ExitCode == 0, build.Output);

        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(manifestPath));
        JsonElement[] seeds = [.. json.RootElement.GetProperty("seeds").EnumerateArray()];
        Assert.Equal(["checkout-cohort", "default"], seeds.Select(s => s.GetProperty("name").GetString()));
        Assert.All(seeds, s => Assert.Equal("20260301000000_RenameUserIdentifier", s.GetProperty("migration").GetString()));
        Assert.Equal("""{"users":3,"orders":3}""", JsonSerializer.Serialize(seeds[1].GetProperty("rows")));

        foreach (JsonElement seed in seeds)
        {
            string export = File.ReadAllText(Path.Combine(Path.GetDirectoryName(manifestPath)!, seed.GetProperty("export").GetString()!));
            SeedExportSchema.AssertValid(export);
            using JsonDocument exported = JsonDocument.Parse(export);
            Assert.Equal(seed.GetProperty("hash").GetString(), exported.RootElement.GetProperty("hash").GetString());
        }
    }

    /// <summary>The distinct <paramref name="id"/> warnings of the build as <c>path(line,col): warning ID: message start</c>, paths project-relative with '/'.</summary>
    private static List<string> Warnings(string output, string id, string messageStart)
    {
        string directory = Regex.Escape(SampleDirectory.TrimEnd('/', '\\') + Path.DirectorySeparatorChar);
        return Regex.Matches(output, directory + @"(?<path>\S+)\((?<pos>\d+,\d+)\): warning " + id + ": (?<message>" + messageStart + ")")
            .Select(m => m.Groups["path"].Value.Replace('\\', '/') + "(" + m.Groups["pos"].Value + "): warning " + id + ": " + m.Groups["message"].Value)
            .Distinct()
            .ToList();
    }

    private static void DeleteIfPresent(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    /// <summary>The 1-based line and column where <paramref name="text"/> first occurs in a sample file.</summary>
    private static (int Line, int Column) Find(string relativePath, string text)
    {
        string[] lines = File.ReadAllLines(Path.Combine(SampleDirectory, relativePath));
        for (int i = 0; i < lines.Length; i++)
        {
            int column = lines[i].IndexOf(text, StringComparison.Ordinal);
            if (column >= 0)
            {
                return (i + 1, column + 1);
            }
        }

        throw new InvalidOperationException($"'{text}' is not in {relativePath}");
    }
}
