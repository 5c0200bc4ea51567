using System.Diagnostics;
using System.Reflection;

namespace ParityKit.PackageTests;

/// <summary>
/// Packs ParityKit once per test run into a private folder feed, with a version unique to the run: NuGet caches a
/// package by id and version, so re-packing the same version would be silently ignored by a restore.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    public PackedPackage()
    {
        Root = Directory.CreateTempSubdirectory("paritykit-e2e-").FullName;
        Feed = Path.Combine(Root, "feed");
        PackagesFolder = Path.Combine(Root, "nuget-packages");
        Version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);

        // --no-build: the test build already built every assembly; rebuilding here could rewrite files the test host has loaded.
        DotNet.Result pack = DotNet.Run(
            RepoRoot,
            "pack", Path.Combine(RepoRoot, "src", "ParityKit", "ParityKit.csproj"),
            "--no-build", "-c", Configuration, "-o", Feed, $"-p:PackageVersion={Version}");
        Assert.True(pack.ExitCode == 0, "dotnet pack failed:\n" + pack.Output);
        NupkgPath = Path.Combine(Feed, $"ParityKit.{Version}.nupkg");
        Assert.True(File.Exists(NupkgPath), $"{NupkgPath} was not created:\n{pack.Output}");
    }

    public static string RepoRoot => ParityKit.Tests.Infrastructure.RepoPaths.Root;

    public static string Configuration { get; } = Metadata("Configuration");

    public string Root { get; }

    public string Feed { get; }

    public string PackagesFolder { get; }

    public string Version { get; }

    public string NupkgPath { get; }

    /// <summary>Creates a throwaway project folder that restores only from the private feed.</summary>
    public ThrowawayProject CreateProject(string name) => new(this, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file for a moment; the temp folder is cleaned by the OS later.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string Metadata(string key) => typeof(PackedPackage).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == key).Value!;
}

[CollectionDefinition(Name)]
public sealed class PackedPackageCollection : ICollectionFixture<PackedPackage>
{
    public const string Name = "packed package";
}
