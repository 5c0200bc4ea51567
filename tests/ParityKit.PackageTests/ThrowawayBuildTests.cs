using System.Text.Json;
using ParityKit.Tests.Infrastructure;

namespace ParityKit.PackageTests;

/// <summary>A fresh project that references the packed package by version, built with `dotnet build`, as a new user would.</summary>
[Collection(PackedPackageCollection.Name)]
public sealed class ThrowawayBuildTests(PackedPackage package)
{
    private const string Declarations = """
        using ParityKit;

        [assembly: ParityApp("e2e-shop")]
        [assembly: RequiresSetting("Checkout:Currency", Default = "USD")]
        [assembly: RequiresSecret("Payments:ApiKey", Source = "vault:payments/key")]
        [assembly: ThirdPartyApi("stripe", ConfigKey = "Stripe:BaseUrl", Live = "https://api.stripe.com", Sandbox = "https://api.stripe.com")]
        """;

    // Line 5 holds the sandbox literal; the assertion below names it.
    private const string Program = """
        using System;
        using System.Net.Http;

        var client = new HttpClient();
        client.BaseAddress = new Uri("https://api-m.sandbox.paypal.com");
        const string NotInManifest = "planted-secret-value-7f3a";
        Console.WriteLine(NotInManifest.Length + e2e.ParityManifest.AppName.Length);
        """;

    [Fact]
    public void Build_reports_PK2001_at_the_literal_and_writes_a_schema_valid_manifest()
    {
        ThrowawayProject project = package.CreateProject("e2e")
            .WithProjectFile()
            .WithFile("Program.cs", Program)
            .WithFile("Declarations.cs", Declarations);

        DotNet.Result build = project.Build();

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Matches(@"Program\.cs\(5,\d+\): warning PK2001: .*api-m\.sandbox\.paypal\.com.*PayPal", build.Output);
        Assert.Contains("ParityKit: manifest written to", build.Output);
        Assert.True(File.Exists(project.ManifestPath), build.Output);

        string manifest = File.ReadAllText(project.ManifestPath);
        ManifestSchema.AssertValid(manifest);
        using JsonDocument json = JsonDocument.Parse(manifest);
        Assert.Equal("e2e-shop", json.RootElement.GetProperty("app").GetProperty("name").GetString());
        Assert.Equal("e2e", json.RootElement.GetProperty("app").GetProperty("assembly").GetString());
        Assert.DoesNotContain("planted-secret-value", manifest);
        Assert.DoesNotContain(project.Directory, manifest);

        // A second, clean build gives the same bytes.
        byte[] first = File.ReadAllBytes(project.ManifestPath);
        Directory.Delete(Path.Combine(project.Directory, "bin"), recursive: true);
        Directory.Delete(Path.Combine(project.Directory, "obj"), recursive: true);
        DotNet.Result rebuild = project.Build();
        Assert.True(rebuild.ExitCode == 0, rebuild.Output);
        Assert.Equal(first, File.ReadAllBytes(project.ManifestPath));
    }

    [Fact]
    public void Manifest_path_and_emission_are_configurable()
    {
        ThrowawayProject project = package.CreateProject("e2e-options")
            .WithProjectFile()
            .WithFile("Program.cs", "System.Console.WriteLine(e2e_options.ParityManifest.SchemaVersion);")
            .WithFile("Declarations.cs", "[assembly: ParityKit.RequiresSetting(\"A:B\")]");

        DotNet.Result moved = project.Build("-p:ParityKitManifestPath=out/custom.json");
        Assert.True(moved.ExitCode == 0, moved.Output);
        string custom = Path.Combine(project.Directory, "out", "custom.json");
        Assert.True(File.Exists(custom), moved.Output);
        ManifestSchema.AssertValid(File.ReadAllText(custom));
        Assert.False(File.Exists(project.ManifestPath));

        DotNet.Result off = project.Build("-p:ParityKitEmitManifest=false", "--no-incremental");
        Assert.True(off.ExitCode == 0, off.Output);
        Assert.False(File.Exists(project.ManifestPath), off.Output);
        Assert.DoesNotContain("ParityKit: manifest written to", off.Output);
    }
}
