using Microsoft.EntityFrameworkCore;
using Storefront.Data;

namespace Storefront.Seeds;

/// <summary>
/// <c>dotnet run -- --seed[=name]</c>: migrates the database and applies a seed baseline (<c>default</c> unless named),
/// then exits. Applying twice changes nothing; a database at another migration than the seed was checked against is
/// refused by the generated <c>ApplyAsync</c>.
/// </summary>
internal static class SeedCommand
{
    public const string Switch = "--seed";

    /// <summary>The seed named by <c>--seed</c> or <c>--seed=name</c>, or null when the switch is absent.</summary>
    public static string? Requested(IEnumerable<string> args)
    {
        foreach (string arg in args)
        {
            if (arg == Switch)
            {
                return DefaultSeed.SeedName;
            }

            if (arg.StartsWith(Switch + "=", StringComparison.Ordinal))
            {
                return arg.Substring(Switch.Length + 1);
            }
        }

        return null;
    }

    public static async Task<int> RunAsync(IServiceProvider services, string seed, CancellationToken cancellationToken = default)
    {
        await using AsyncServiceScope scope = services.CreateAsyncScope();
        StoreDbContext db = scope.ServiceProvider.GetRequiredService<StoreDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        int inserted = seed switch
        {
            DefaultSeed.SeedName => await DefaultSeed.ApplyAsync(db, cancellationToken),
            CheckoutCohortSeed.SeedName => await CheckoutCohortSeed.ApplyAsync(db, cancellationToken),
            _ => throw new ArgumentException($"No seed baseline named '{seed}' (known: {DefaultSeed.SeedName}, {CheckoutCohortSeed.SeedName})", nameof(seed)),
        };
        Console.WriteLine($"Seed '{seed}' applied: {inserted} rows inserted.");
        return inserted;
    }
}
