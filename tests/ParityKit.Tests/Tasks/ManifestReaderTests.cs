using ParityKit.Tasks;
using ParityKit.Tests.Infrastructure;

namespace ParityKit.Tests.Tasks;

public class ManifestReaderTests
{
    [Fact]
    public void Reads_the_manifest_the_generator_embedded()
    {
        using var temp = new TempDirectory();
        string assembly = temp.Combine("Storefront.dll");
        string json = TaskTestAssemblies.EmitWithManifest(assembly);

        ManifestReadResult result = ManifestReader.Read(assembly);

        Assert.Equal(ManifestReadStatus.Found, result.Status);
        Assert.Equal(json, result.Json);
        ManifestSchema.AssertValid(result.Json!);
    }

    [Fact]
    public void Key_matches_the_generator() =>
        Assert.Equal(Analyzers.Manifest.ManifestSource.MetadataKey, ManifestReader.MetadataKey);

    [Fact]
    public void An_assembly_without_a_manifest_is_absent_whatever_other_metadata_it_has()
    {
        using var temp = new TempDirectory();
        string assembly = temp.Combine("Plain.dll");
        TaskTestAssemblies.EmitPlain(assembly, """
            [assembly: System.Reflection.AssemblyMetadata("RepositoryUrl", "https://example.com/repo")]
            [assembly: System.Reflection.AssemblyMetadata("ParityKit.Other", "{}")]
            [assembly: System.Reflection.AssemblyDescription("ParityKit.Manifest")]
            public class C { }
            """);

        Assert.Equal(ManifestReadStatus.Absent, ManifestReader.Read(assembly).Status);
    }

    [Fact]
    public void Reads_an_assembly_that_defines_its_own_AssemblyMetadataAttribute()
    {
        using var temp = new TempDirectory();
        string assembly = temp.Combine("Polyfilled.dll");
        TaskTestAssemblies.EmitPlain(assembly, """
            [assembly: System.Reflection.AssemblyMetadata("ParityKit.Manifest", "{\"schemaVersion\": 1}")]
            namespace System.Reflection
            {
                [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
                internal sealed class AssemblyMetadataAttribute : Attribute
                {
                    public AssemblyMetadataAttribute(string key, string value) { }
                }
            }
            """);

        ManifestReadResult result = ManifestReader.Read(assembly);
        Assert.Equal(ManifestReadStatus.Found, result.Status);
        Assert.Equal("{\"schemaVersion\": 1}", result.Json);
    }

    public static TheoryData<string, Func<string, byte[]>> DamagedFiles() => new()
    {
        { "random bytes", _ => [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 31 % 251))] },
        { "empty file", _ => [] },
        { "text", _ => "{ \"schemaVersion\": 1 }"u8.ToArray() },
        { "truncated assembly", real => File.ReadAllBytes(real)[..600] },
        { "assembly with its metadata cut off", real => File.ReadAllBytes(real)[..(File.ReadAllBytes(real).Length / 2)] },
    };

    [Theory]
    [MemberData(nameof(DamagedFiles))]
    public void A_damaged_file_is_unreadable_not_an_exception(string description, Func<string, byte[]> damage)
    {
        using var temp = new TempDirectory();
        string real = temp.Combine("Real.dll");
        TaskTestAssemblies.EmitWithManifest(real);
        string damaged = temp.Combine("Damaged.dll");
        File.WriteAllBytes(damaged, damage(real));

        ManifestReadResult result = ManifestReader.Read(damaged);

        Assert.True(result.Status == ManifestReadStatus.Unreadable, $"{description}: {result.Status}");
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
    }

    [Theory]
    [InlineData("missing.dll")]
    [InlineData("")]
    public void A_missing_file_is_unreadable(string name)
    {
        using var temp = new TempDirectory();
        ManifestReadResult result = ManifestReader.Read(name.Length == 0 ? "" : temp.Combine(name));
        Assert.Equal(ManifestReadStatus.Unreadable, result.Status);
    }
}
