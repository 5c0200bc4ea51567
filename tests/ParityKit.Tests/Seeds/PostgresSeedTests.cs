using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ParityKit.Fixtures;

namespace ParityKit.Tests.Seeds;

/// <summary>
/// The seed scenarios on a real PostgreSQL server of the test run's own (<see cref="PostgresServer"/>), each on a fresh
/// database. The cohort migrations were scaffolded for SQLite; they use only INTEGER and TEXT, which PostgreSQL runs
/// as written, so EF Core's pending-model-changes check (which compares against the SQLite snapshot) is silenced.
/// </summary>
public sealed class PostgresSeedTests(PostgresFixture fixture) : SeedDatabaseScenarios, IClassFixture<PostgresFixture>
{
    private readonly Dictionary<string, string> _databases = new(StringComparer.Ordinal);

    [PostgresFact]
    public Task Applying_twice_inserts_once_and_reads_back() => Applying_twice_inserts_once_in_foreign_key_order_and_reads_back("twice");

    [PostgresFact]
    public Task Refuses_a_database_at_another_migration() => A_database_at_another_migration_is_refused("older");

    [PostgresFact]
    public Task Refuses_a_database_with_no_migrations() => A_database_with_no_migrations_is_refused("empty");

    [PostgresFact]
    public void The_server_is_a_real_PostgreSQL_server()
    {
        using CohortDbContext context = Open("version");
        Assert.True(context.Database.IsNpgsql());
        context.Database.OpenConnection();
        using System.Data.Common.DbCommand command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT version()";
        Assert.StartsWith("PostgreSQL ", (string)command.ExecuteScalar()!, StringComparison.Ordinal);
    }

    protected override CohortDbContext Open(string database)
    {
        if (!_databases.TryGetValue(database, out string? connectionString))
        {
            connectionString = fixture.Server.CreateDatabase();
            _databases[database] = connectionString;
        }

        return new(new DbContextOptionsBuilder<CohortDbContext>()
            .UseNpgsql(connectionString)
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .Options);
    }
}
