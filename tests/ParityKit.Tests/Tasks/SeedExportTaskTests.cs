using ParityKit.Tasks;
using ParityKit.Tests.Infrastructure;
using ParityKit.Tests.Seeds;

namespace ParityKit.Tests.Tasks;

/// <summary>The manifest task also writes every embedded seed export beside the manifest, deterministically and only when it changes.</summary>
public class SeedExportTaskTests
{
    [Fact]
    public void Writes_each_seed_export_beside_the_manifest_valid_and_byte_identical_to_the_embedded_one()
    {
        using var temp = new TempDirectory();
        SeedRun run = SeedRun.Of(SeedSamples.Project());
        string assembly = temp.Combine("Cohort.App.dll");
        using (FileStream file = File.Create(assembly))
        {
            Assert.True(run.Output.Emit(file).Success);
        }

        string manifest = temp.Combine("bin", "paritykit.manifest.json");

        var engine = new RecordingBuildEngine();
        var task = new WriteParityManifest { BuildEngine = engine, AssemblyPath = assembly, ManifestPath = manifest };
        Assert.True(task.Execute());

        string[] written = Directory.GetFiles(temp.Combine("bin"), "paritykit.seed.*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;
        Assert.Equal(["paritykit.seed.checkout-cohort.json", "paritykit.seed.default.json"], written);
        foreach ((string name, string export) in run.Exports)
        {
            string path = temp.Combine("bin", $"paritykit.seed.{name}.json");
            Assert.Equal(System.Text.Encoding.UTF8.GetBytes(export), File.ReadAllBytes(path));
            SeedExportSchema.AssertValid(File.ReadAllText(path));
        }

        Assert.Equal(2, task.SeedFiles.Length);
        Assert.Contains(engine.Messages, m => m.Message == $"ParityKit: seed export 'default' written to {temp.Combine("bin", "paritykit.seed.default.json")}");

        // A second run over the same assembly leaves the files alone.
        var earlier = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(temp.Combine("bin", "paritykit.seed.default.json"), earlier);
        Assert.True(new WriteParityManifest { BuildEngine = new RecordingBuildEngine(), AssemblyPath = assembly, ManifestPath = manifest }.Execute());
        Assert.Equal(earlier, File.GetLastWriteTimeUtc(temp.Combine("bin", "paritykit.seed.default.json")));
    }
}
