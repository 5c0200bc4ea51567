using ParityKit.Tests.Infrastructure;

namespace ParityKit.Tests.DataShape.Infrastructure;

/// <summary>
/// The committed EF Core output in tests/ParityKit.Fixtures (migrations, designers, snapshots, scaffolded by
/// build/FixtureScaffolder) and its models, as source files for test compilations.
/// </summary>
public static class FixtureSources
{
    public static string Directory => Path.Combine(RepoPaths.Root, "tests", "ParityKit.Fixtures");

    /// <summary>The models (StoreDbContext, AuditDbContext and their entities).</summary>
    public static (string Path, string Content) Model => Read(Path.Combine(Directory, "Model.cs"));

    public static IReadOnlyList<(string Path, string Content)> StoreMigrations => Folder("Store");

    public static IReadOnlyList<(string Path, string Content)> AuditMigrations => Folder("Audit");

    /// <summary>The model the seed baseline tests apply seeds to (accounts and baskets), apart from <see cref="Model"/>.</summary>
    public static (string Path, string Content) CohortModel => Read(Path.Combine(Directory, "CohortModel.cs"));

    /// <summary>InitialCohort, AddBasketNote and the snapshot: store types SQLite and PostgreSQL both accept.</summary>
    public static IReadOnlyList<(string Path, string Content)> CohortMigrations => Folder("Cohort");

    /// <summary>Everything a migrations project holds: models, both contexts' migrations and snapshots.</summary>
    public static IReadOnlyList<(string Path, string Content)> MigrationsProject => [Model, .. StoreMigrations, .. AuditMigrations];

    private static IReadOnlyList<(string Path, string Content)> Folder(string name) =>
        System.IO.Directory.GetFiles(Path.Combine(Directory, "Migrations", name), "*.cs")
            .Order(StringComparer.Ordinal)
            .Select(Read)
            .ToList();

    private static (string Path, string Content) Read(string path) =>
        ("/Fixtures/" + Path.GetRelativePath(Directory, path).Replace('\\', '/'), File.ReadAllText(path));
}
