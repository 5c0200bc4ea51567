namespace ParityKit.PackageTests;

/// <summary>
/// Two clean builds of the sample, each in a fresh compiler process, give the same manifest bytes and the same
/// generated sources (<c>-p:EmitCompilerGeneratedFiles=true</c>): no timestamps, no absolute paths, no ordering that
/// depends on the file system or on hashing. A preview provisioner diffs manifests, so one that changes on its own
/// would provision for nothing.
/// </summary>
[Collection(PackedPackageCollection.Name)] // serial with the pack and the other sample build: all use the src/ build output
public sealed class DeterminismTests
{
    private static readonly string SampleDirectory = Path.Combine(PackedPackage.RepoRoot, "samples", "Storefront");

    [Fact]
    public void Two_clean_builds_of_the_sample_give_identical_manifests_and_generated_sources()
    {
        string root = Directory.CreateTempSubdirectory("paritykit-determinism-").FullName;
        try
        {
            (byte[] manifest, Dictionary<string, byte[]> generated) first = CleanBuild(Path.Combine(root, "first"));
            (byte[] manifest, Dictionary<string, byte[]> generated) second = CleanBuild(Path.Combine(root, "second"));

            Assert.Contains(first.generated.Keys, path => path.EndsWith("ParityManifest.g.cs", StringComparison.Ordinal));
            Assert.Equal(first.manifest, second.manifest);
            Assert.Equal(first.generated.Keys.Order(StringComparer.Ordinal), second.generated.Keys.Order(StringComparer.Ordinal));
            foreach ((string path, byte[] bytes) in first.generated)
            {
                Assert.True(bytes.AsSpan().SequenceEqual(second.generated[path]), $"{path} differs between two clean builds");
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>
    /// Builds the sample with its compile forced (as on a fresh clone) and ParityKit's generated sources written under
    /// <paramref name="folder"/>; returns the manifest's bytes and each ParityKit generated file's bytes by relative path.
    /// </summary>
    private static (byte[] Manifest, Dictionary<string, byte[]> Generated) CleanBuild(string folder)
    {
        string manifestPath = Path.Combine(SampleDirectory, "bin", PackedPackage.Configuration, "net10.0", "paritykit.manifest.json");
        DeleteIfPresent(Path.Combine(SampleDirectory, "obj", PackedPackage.Configuration, "net10.0", "Storefront.dll"));
        DeleteIfPresent(manifestPath);

        string generatedFolder = Path.Combine(folder, "generated");
        DotNet.Result build = DotNet.Run(
            PackedPackage.RepoRoot,
            "build", Path.Combine(SampleDirectory, "Storefront.csproj"), "-c", PackedPackage.Configuration, "-nodeReuse:false", "-tl:off",
            "-p:EmitCompilerGeneratedFiles=true", "-p:CompilerGeneratedFilesOutputPath=" + generatedFolder);
        Assert.True(build.ExitCode == 0, build.Output);

        // Only ParityKit's generators: the SDK's own (Razor, configuration binding) are not ours to hold to this.
        string parityKit = Path.Combine(generatedFolder, "ParityKit.Analyzers");
        Assert.True(Directory.Exists(parityKit), "no ParityKit generated sources under " + generatedFolder + "\n" + build.Output);
        Dictionary<string, byte[]> generated = Directory.EnumerateFiles(parityKit, "*", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(parityKit, path).Replace('\\', '/'), File.ReadAllBytes);
        return (File.ReadAllBytes(manifestPath), generated);
    }

    private static void DeleteIfPresent(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
