using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace ParityKit.PackageTests;

/// <summary>The nupkg holds the four parts the design names, built the way the design requires.</summary>
[Collection(PackedPackageCollection.Name)]
public sealed class PackageLayoutTests(PackedPackage package)
{
    [Theory]
    [InlineData("lib/netstandard2.0/ParityKit.Annotations.dll")]
    [InlineData("analyzers/dotnet/cs/ParityKit.Analyzers.dll")]
    [InlineData("analyzers/dotnet/cs/ParityKit.CodeFixes.dll")]
    [InlineData("buildTransitive/ParityKit.props")]
    [InlineData("buildTransitive/ParityKit.targets")]
    [InlineData("tasks/netstandard2.0/ParityKit.Tasks.dll")]
    [InlineData("schema/paritykit.manifest.schema.json")]
    [InlineData("README.md")]
    public void Package_contains(string entry)
    {
        using ZipArchive zip = ZipFile.OpenRead(package.NupkgPath);
        Assert.Contains(entry, zip.Entries.Select(e => e.FullName));
    }

    [Fact]
    public void Analyzers_are_compiled_against_Roslyn_4_8_so_older_SDKs_load_them()
    {
        Dictionary<string, Version> refs = AssemblyReferences("analyzers/dotnet/cs/ParityKit.Analyzers.dll");
        Assert.Equal(new Version(4, 8, 0, 0), refs["Microsoft.CodeAnalysis"]);
        Assert.Equal(new Version(4, 8, 0, 0), refs["Microsoft.CodeAnalysis.CSharp"]);
        Assert.DoesNotContain("Microsoft.CodeAnalysis.Workspaces", refs.Keys);
        Assert.DoesNotContain("System.Text.Json", refs.Keys);
    }

    [Fact]
    public void Only_the_code_fixes_reference_Workspaces()
    {
        Dictionary<string, Version> refs = AssemblyReferences("analyzers/dotnet/cs/ParityKit.CodeFixes.dll");
        Assert.Equal(new Version(4, 8, 0, 0), refs["Microsoft.CodeAnalysis.Workspaces"]);
    }

    [Fact]
    public void Package_has_no_dependencies()
    {
        using ZipArchive zip = ZipFile.OpenRead(package.NupkgPath);
        using var reader = new StreamReader(zip.GetEntry("ParityKit.nuspec")!.Open());
        string nuspec = reader.ReadToEnd();
        Assert.DoesNotContain("<dependency ", nuspec);
    }

    private Dictionary<string, Version> AssemblyReferences(string entry)
    {
        using ZipArchive zip = ZipFile.OpenRead(package.NupkgPath);
        using var buffer = new MemoryStream();
        using (Stream stream = zip.GetEntry(entry)!.Open())
        {
            stream.CopyTo(buffer);
        }

        buffer.Position = 0;
        using var pe = new PEReader(buffer);
        MetadataReader md = pe.GetMetadataReader();
        return md.AssemblyReferences
            .Select(h => md.GetAssemblyReference(h))
            .ToDictionary(r => md.GetString(r.Name), r => r.Version);
    }
}
