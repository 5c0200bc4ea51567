using System.Reflection;

namespace ParityKit.Tests.Infrastructure;

/// <summary>Paths in the source tree (snapshots, schema, docs), from the repo root baked in at build time.</summary>
public static class RepoPaths
{
    public static string Root { get; } = typeof(RepoPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepoRoot").Value!;

    public static string ManifestSchema => Path.Combine(Root, "schema", "paritykit.manifest.schema.json");

    public static string SeedSchema => Path.Combine(Root, "schema", "paritykit.seed.schema.json");

    public static string RuleDocs => Path.Combine(Root, "docs", "rules");

    public static string TestsDirectory => Path.Combine(Root, "tests", "ParityKit.Tests");
}
