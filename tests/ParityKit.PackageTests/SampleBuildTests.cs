using System.Text.Json;

namespace ParityKit.PackageTests;

/// <summary>The README's "see it work" command: building the sample shows PK2001 at the literal and writes the manifest.</summary>
public sealed class SampleBuildTests
{
    [Fact]
    public void Building_the_sample_reports_PK2001_and_writes_a_schema_valid_manifest()
    {
        string project = Path.Combine(PackedPackage.RepoRoot, "samples", "Storefront", "Storefront.csproj");
        DotNet.Result build = DotNet.Run(
            PackedPackage.RepoRoot,
            "build", project, "-c", PackedPackage.Configuration, "-nodeReuse:false", "-tl:off");

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Matches(@"Payments[/\\]PayPalPayments\.cs\(\d+,\d+\): warning PK2001: .*api-m\.sandbox\.paypal\.com", build.Output);

        string manifestPath = Path.Combine(
            PackedPackage.RepoRoot, "samples", "Storefront", "bin", PackedPackage.Configuration, "net10.0", "paritykit.manifest.json");
        Assert.Contains("ParityKit: manifest written to " + manifestPath, build.Output);
        string manifest = File.ReadAllText(manifestPath);
        ManifestSchemaValidator.AssertValid(manifest);
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
}
