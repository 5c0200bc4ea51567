namespace ParityKit.PackageTests;

/// <summary>A fresh net10.0 project outside the repository that references ParityKit by version from the private feed.</summary>
public sealed class ThrowawayProject
{
    private readonly PackedPackage _package;

    public ThrowawayProject(PackedPackage package, string name)
    {
        _package = package;
        Name = name;
        Directory = Path.Combine(package.Root, name);
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(Path.Combine(Directory, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="paritykit-e2e" value="{package.Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="paritykit-e2e"><package pattern="ParityKit" /></packageSource>
                <packageSource key="nuget.org"><package pattern="*" /></packageSource>
              </packageSourceMapping>
            </configuration>
            """);
        // Stop MSBuild from picking up anything above the temp folder.
        File.WriteAllText(Path.Combine(Directory, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(Directory, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(Directory, "Directory.Packages.props"), "<Project />");
    }

    public string Name { get; }

    public string Directory { get; }

    public string ManifestPath => Path.Combine(Directory, "bin", "Debug", "net10.0", "paritykit.manifest.json");

    public ThrowawayProject WithProjectFile(string extraProperties = "")
    {
        File.WriteAllText(Path.Combine(Directory, Name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ParityKit" Version="{_package.Version}" />
              </ItemGroup>
            </Project>
            """);
        return this;
    }

    public ThrowawayProject WithFile(string relativePath, string content)
    {
        string path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    public DotNet.Result Build(params string[] extraArgs) => BuildProject(Name + ".csproj", extraArgs);

    /// <summary>Builds a project at a path inside the folder (for solutions of several throwaway projects).</summary>
    public DotNet.Result BuildProject(string relativeProjectPath, params string[] extraArgs) => DotNet.Run(
        Directory,
        new Dictionary<string, string> { ["NUGET_PACKAGES"] = _package.PackagesFolder },
        ["build", relativeProjectPath, "-nodeReuse:false", "-tl:off", "-v:n", .. extraArgs]);
}
