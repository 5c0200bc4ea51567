using Microsoft.EntityFrameworkCore;
using ParityKit.Fixtures;

namespace ParityKit.Tests.Seeds;

/// <summary>The seed scenarios on SQLite database files (the embedded default).</summary>
public sealed class SqliteSeedTests : SeedDatabaseScenarios, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("paritykit-seed-").FullName;

    [Fact]
    public Task Applying_twice_inserts_once_and_reads_back() => Applying_twice_inserts_once_in_foreign_key_order_and_reads_back("twice");

    [Fact]
    public Task Refuses_a_database_at_another_migration() => A_database_at_another_migration_is_refused("older");

    [Fact]
    public Task Refuses_a_database_with_no_migrations() => A_database_with_no_migrations_is_refused("empty");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    protected override CohortDbContext Open(string database) =>
        new(new DbContextOptionsBuilder<CohortDbContext>().UseSqlite($"Data Source={Path.Combine(_directory, database + ".db")}").Options);
}
