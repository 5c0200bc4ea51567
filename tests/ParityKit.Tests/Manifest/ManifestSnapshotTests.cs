using ParityKit.Tests.Infrastructure;

namespace ParityKit.Tests.Manifest;

/// <summary>The generated <c>ParityManifest.g.cs</c>, checked against committed <c>Snapshots/*.verified.cs</c>.</summary>
public class ManifestSnapshotTests
{
    [Fact]
    public void No_declarations() => Snapshot.Verify(Generate(ManifestSamples.NoDeclarations));

    [Fact]
    public void Full_set() => Snapshot.Verify(Generate(ManifestSamples.FullSet));

    [Fact]
    public void Full_set_with_IConfiguration_referenced() =>
        Snapshot.Verify(Generate(ManifestSamples.FullSet, referenceConfiguration: true));

    [Fact]
    public void Full_set_with_flags()
    {
        ManifestRun run = ManifestRun.Of(ManifestSamples.FullSetWithFlags());
        Assert.Empty(run.CompilationProblems());
        Snapshot.Verify(run.Source!);
    }

    [Fact]
    public void Odd_keys() => Snapshot.Verify(Generate(ManifestSamples.OddKeys, ManifestSamples.OddRootNamespace));

    private static string Generate(string source, string rootNamespace = ManifestRun.DefaultRootNamespace, bool referenceConfiguration = false)
    {
        ManifestRun run = ManifestRun.Of(source, rootNamespace, referenceConfiguration);
        Assert.Empty(run.CompilationProblems());
        return run.Source!;
    }
}
