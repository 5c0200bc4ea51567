using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ParityKit.Fixtures;
using ParityKit.Tests.DataShape.Infrastructure;

namespace ParityKit.Tests.Seeds;

/// <summary>
/// What a provisioner does with a seed baseline, on a real database: migrate a fresh database with the cohort
/// fixture's migrations, apply the generated <c>DefaultSeed.ApplyAsync</c> twice, read the rows back; and on a database
/// migrated to an older migration, see it refused. The seed is compiled with ParityKit's generator, emitted and loaded.
/// </summary>
public abstract class SeedDatabaseScenarios
{
    public const string FirstMigration = "20260401000000_InitialCohort";
    public const string LatestMigration = "20260415000000_AddBasketNote";

    private static readonly Lazy<MethodInfo> ApplyMethod = new(() =>
    {
        // The app: the seeds, and the migrations as source so the generator checks the seed against them; the entities
        // and the DbContext come from the real fixtures assembly the test also uses.
        SeedRun run = SeedRun.Of(
            [.. FixtureSources.CohortMigrations, ("/App/Seeds.cs", SeedSamples.Seeds)],
            [MetadataReference.CreateFromFile(typeof(CohortDbContext).Assembly.Location)]);
        return run.Load().GetType("Cohort.Seeds.DefaultSeed", throwOnError: true)!.GetMethod("ApplyAsync")!;
    });

    /// <summary>A context on a new, empty database; every call with the same <paramref name="database"/> opens the same one.</summary>
    protected abstract CohortDbContext Open(string database);

    protected static Task<int> ApplyDefaultSeed(DbContext context) =>
        (Task<int>)ApplyMethod.Value.Invoke(null, [context, CancellationToken.None])!;

    protected async Task Applying_twice_inserts_once_in_foreign_key_order_and_reads_back(string database)
    {
        using (CohortDbContext context = Open(database))
        {
            context.Database.Migrate();
            Assert.Equal(LatestMigration, context.Database.GetAppliedMigrations().Last());
            Assert.Equal(5, await ApplyDefaultSeed(context));
        }

        using (CohortDbContext again = Open(database))
        {
            Assert.Equal(0, await ApplyDefaultSeed(again));
        }

        using CohortDbContext read = Open(database);
        Assert.Equal(
            ["1 ada@example.test Ada", "2 grace@example.test Grace \"Amazing\" Hopper", "3 linus@example.test Linus"],
            read.Accounts.AsNoTracking().OrderBy(a => a.Id).AsEnumerable().Select(a => $"{a.Id} {a.Email} {a.DisplayName}"));
        Assert.Equal(
            ["10 1 3 gift wrap", "11 2 1 "],
            read.Baskets.AsNoTracking().OrderBy(b => b.Id).AsEnumerable().Select(b => $"{b.Id} {b.AccountId} {b.ItemCount} {b.Note}"));
    }

    protected async Task A_database_at_another_migration_is_refused(string database)
    {
        using CohortDbContext context = Open(database);
        context.GetService<IMigrator>().Migrate(FirstMigration);

        InvalidOperationException refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => ApplyDefaultSeed(context));
        Assert.Equal(
            $"Seed baseline 'default' was checked against migration '{LatestMigration}', but the database's latest applied migration is '{FirstMigration}'. "
            + $"Migrate the database to '{LatestMigration}' (or rebuild the app against the database's migrations) before applying the seed.",
            refusal.Message);
        Assert.Equal(0, context.Accounts.Count());
    }

    protected async Task A_database_with_no_migrations_is_refused(string database)
    {
        using CohortDbContext context = Open(database);
        InvalidOperationException refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => ApplyDefaultSeed(context));
        Assert.Contains("latest applied migration is none", refusal.Message, StringComparison.Ordinal);
    }
}
