using System.Text.Json;
using ParityKit.Tests.Infrastructure;

namespace ParityKit.PackageTests;

/// <summary>
/// The schema crosses projects through the packed package: a migrations project and an app project, both referencing
/// ParityKit by version, the app referencing the migrations project. The generator in the migrations project embeds
/// the schema; the app's build reports PK1001 from it and describes it in its manifest.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class DataShapeBuildTests(PackedPackage package)
{
    [Fact]
    public void App_gets_PK1001_from_the_schema_of_the_referenced_migrations_project()
    {
        string sample = Path.Combine(PackedPackage.RepoRoot, "samples", "Storefront.Data");
        ThrowawayProject shop = package.CreateProject("shop")
            .WithFile("Data/Data.csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="ParityKit" Version="{package.Version}" />
                    <PackageReference Include="Microsoft.EntityFrameworkCore.Sqlite" Version="10.0.15" />
                  </ItemGroup>
                </Project>
                """)
            .WithFile("Data/StoreDbContext.cs", File.ReadAllText(Path.Combine(sample, "StoreDbContext.cs")));
        foreach (string migration in Directory.GetFiles(Path.Combine(sample, "Migrations"), "*.cs"))
        {
            shop.WithFile("Data/Migrations/" + Path.GetFileName(migration), File.ReadAllText(migration));
        }

        shop.WithFile("App/App.csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="ParityKit" Version="{package.Version}" />
                    <ProjectReference Include="../Data/Data.csproj" />
                  </ItemGroup>
                </Project>
                """)
            .WithFile("App/Program.cs", """
                using Microsoft.EntityFrameworkCore;
                using Storefront.Data;

                var options = new DbContextOptionsBuilder<StoreDbContext>().UseSqlite("Data Source=shop.db").Options;
                using var db = new StoreDbContext(options);
                Console.WriteLine(db.Database.SqlQueryRaw<string>("SELECT user_identifier AS Value FROM users").ToQueryString());
                """);

        DotNet.Result build = shop.BuildProject("App/App.csproj");

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Matches(
            @"Program\.cs\(6,\d+\): warning PK1001: Column 'user_identifier' of table 'users' was renamed to 'external_id' by migration '20260301000000_RenameUserIdentifier'",
            build.Output);

        string manifestPath = Path.Combine(shop.Directory, "App", "bin", "Debug", "net10.0", "paritykit.manifest.json");
        string manifest = File.ReadAllText(manifestPath);
        ManifestSchema.AssertValid(manifest);
        using JsonDocument json = JsonDocument.Parse(manifest);
        Assert.Equal("20260301000000_RenameUserIdentifier", json.RootElement.GetProperty("database").GetProperty("latestMigration").GetString());
    }
}
