using System.Text.Json;
using ParityKit.Tests.Infrastructure;

namespace ParityKit.PackageTests;

/// <summary>
/// The README's "see it work" command: building the sample shows PK2001 at the literal, PK1001 at the raw SQL that
/// still names a column the migrations project (a ProjectReference) renamed, and writes the manifest.
/// </summary>
[Collection(PackedPackageCollection.Name)] // serial with the pack: both read the src/ build output
public sealed class SampleBuildTests
{
    [Fact]
    public void Building_the_sample_reports_PK2001_and_PK1001_and_writes_a_schema_valid_manifest()
    {
        string sample = Path.Combine(PackedPackage.RepoRoot, "samples", "Storefront");
        string project = Path.Combine(sample, "Storefront.csproj");
        string manifestPath = Path.Combine(sample, "bin", PackedPackage.Configuration, "net10.0", "paritykit.manifest.json");

        // As on a fresh clone: the solution build may already have compiled the sample, which would hide its warnings.
        File.Delete(Path.Combine(sample, "obj", PackedPackage.Configuration, "net10.0", "Storefront.dll"));
        File.Delete(manifestPath);

        DotNet.Result build = DotNet.Run(
            PackedPackage.RepoRoot,
            "build", project, "-c", PackedPackage.Configuration, "-nodeReuse:false", "-tl:off");

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Matches(@"Payments[/\\]PayPalPayments\.cs\(\d+,\d+\): warning PK2001: .*api-m\.sandbox\.paypal\.com", build.Output);
        Assert.Matches(
            @"Data[/\\]UserDirectory\.cs\(\d+,\d+\): warning PK1001: Column 'user_identifier' of table 'users' was renamed to 'external_id' by migration '20260301000000_RenameUserIdentifier'",
            build.Output);

        Assert.Contains("ParityKit: manifest written to " + manifestPath, build.Output);
        string manifest = File.ReadAllText(manifestPath);
        ManifestSchema.AssertValid(manifest);
        using JsonDocument json = JsonDocument.Parse(manifest);
        Assert.Equal("storefront", json.RootElement.GetProperty("app").GetProperty("name").GetString());
        JsonElement database = json.RootElement.GetProperty("database");
        Assert.Equal("StoreDbContext", database.GetProperty("context").GetString());
        Assert.Equal("20260301000000_RenameUserIdentifier", database.GetProperty("latestMigration").GetString());
    }
}
