using Microsoft.Build.Framework;
using ParityKit.Tasks;
using ParityKit.Tests.Infrastructure;

namespace ParityKit.Tests.Tasks;

public class WriteParityManifestTests
{
    [Fact]
    public void Writes_the_embedded_manifest_creating_the_directory()
    {
        using var temp = new TempDirectory();
        string assembly = temp.Combine("obj", "Storefront.dll");
        Directory.CreateDirectory(temp.Combine("obj"));
        string json = TaskTestAssemblies.EmitWithManifest(assembly);
        string manifest = temp.Combine("bin", "Debug", "paritykit.manifest.json");

        (bool success, RecordingBuildEngine engine) = Run(assembly, manifest);

        Assert.True(success);
        Assert.Equal(json, File.ReadAllText(manifest));
        Assert.Equal(File.ReadAllBytes(manifest), System.Text.Encoding.UTF8.GetBytes(json)); // UTF-8, no byte order mark
        ManifestSchema.AssertValid(File.ReadAllText(manifest));
        Assert.Contains(engine.Messages, m => m.Importance == MessageImportance.High && m.Message == $"ParityKit: manifest written to {manifest}");
        Assert.Empty(engine.Warnings);
        Assert.Empty(engine.Errors);
    }

    [Fact]
    public void An_unchanged_manifest_is_not_rewritten()
    {
        using var temp = new TempDirectory();
        string assembly = temp.Combine("Storefront.dll");
        TaskTestAssemblies.EmitWithManifest(assembly);
        string manifest = temp.Combine("paritykit.manifest.json");
        Assert.True(Run(assembly, manifest).Success);
        var earlier = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(manifest, earlier);

        (bool success, RecordingBuildEngine engine) = Run(assembly, manifest);

        Assert.True(success);
        Assert.Equal(earlier, File.GetLastWriteTimeUtc(manifest));
        Assert.DoesNotContain(engine.Messages, m => m.Message!.Contains("written", StringComparison.Ordinal));
        Assert.Contains(engine.Messages, m => m.Message == $"ParityKit: manifest at {manifest} is up to date");
    }

    [Fact]
    public void A_changed_manifest_is_rewritten()
    {
        using var temp = new TempDirectory();
        string assembly = temp.Combine("Storefront.dll");
        string json = TaskTestAssemblies.EmitWithManifest(assembly);
        string manifest = temp.Combine("paritykit.manifest.json");
        File.WriteAllText(manifest, json.Replace("storefront", "old-name", StringComparison.Ordinal));

        Assert.True(Run(assembly, manifest).Success);
        Assert.Equal(json, File.ReadAllText(manifest));
    }

    [Fact]
    public void An_assembly_without_a_manifest_writes_nothing_and_says_so_without_a_warning()
    {
        using var temp = new TempDirectory();
        string assembly = temp.Combine("Plain.dll");
        TaskTestAssemblies.EmitPlain(assembly, "public class C { }");
        string manifest = temp.Combine("paritykit.manifest.json");

        (bool success, RecordingBuildEngine engine) = Run(assembly, manifest);

        Assert.True(success);
        Assert.False(File.Exists(manifest));
        Assert.Empty(engine.Warnings);
        Assert.Empty(engine.Errors);
        Assert.Contains(engine.Messages, m => m.Message!.StartsWith($"ParityKit: {assembly} carries no manifest", StringComparison.Ordinal));
    }

    [Fact]
    public void A_damaged_assembly_fails_with_a_clear_error()
    {
        using var temp = new TempDirectory();
        string assembly = temp.Combine("Damaged.dll");
        File.WriteAllText(assembly, "not an assembly");

        (bool success, RecordingBuildEngine engine) = Run(assembly, temp.Combine("paritykit.manifest.json"));

        Assert.False(success);
        BuildErrorEventArgs error = Assert.Single(engine.Errors);
        Assert.StartsWith($"ParityKit: could not read the manifest from {assembly}: ", error.Message);
    }

    [Fact]
    public void An_unwritable_path_fails_with_a_clear_error()
    {
        using var temp = new TempDirectory();
        string assembly = temp.Combine("Storefront.dll");
        TaskTestAssemblies.EmitWithManifest(assembly);
        string blocker = temp.Combine("bin");
        File.WriteAllText(blocker, "a file where the output directory should be");
        string manifest = Path.Combine(blocker, "paritykit.manifest.json");

        (bool success, RecordingBuildEngine engine) = Run(assembly, manifest);

        Assert.False(success);
        BuildErrorEventArgs error = Assert.Single(engine.Errors);
        Assert.StartsWith($"ParityKit: could not write the manifest to {manifest}: ", error.Message);
    }

    private static (bool Success, RecordingBuildEngine Engine) Run(string assemblyPath, string manifestPath)
    {
        var engine = new RecordingBuildEngine();
        var task = new WriteParityManifest { BuildEngine = engine, AssemblyPath = assemblyPath, ManifestPath = manifestPath };
        return (task.Execute(), engine);
    }
}
