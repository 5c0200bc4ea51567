using ParityKit.Tests.DataShape.Infrastructure;

namespace ParityKit.Tests.Seeds;

/// <summary>Seed baselines over the fixtures' cohort model (accounts and baskets, scaffolded by EF Core).</summary>
public static class SeedSamples
{
    /// <summary>
    /// Two seed baselines. Baskets are declared before the accounts they point at, and as a collection expression,
    /// an array and a list initializer: the export and ApplyAsync still put accounts first.
    /// </summary>
    public const string Seeds = """
        using System.Collections.Generic;
        using ParityKit;
        using ParityKit.Fixtures;

        namespace Cohort.Seeds
        {
            [SeedBaseline("default")]
            public static partial class DefaultSeed
            {
                public static IEnumerable<Basket> Baskets() =>
                [
                    new() { Id = 10, AccountId = 1, ItemCount = 3, Note = "gift wrap" },
                    new() { Id = 11, AccountId = 2, ItemCount = 1 },
                ];

                public static Account[] Accounts() => new[]
                {
                    new Account { Id = 1, Email = "ada@example.test", DisplayName = "Ada" },
                    new Account { Id = 2, Email = "grace@example.test", DisplayName = "Grace \"Amazing\" Hopper" },
                    new Account { Id = 3, DisplayName = "Linus", Email = "linus@example.test" },
                };
            }

            [SeedBaseline("checkout-cohort")]
            internal static partial class CheckoutCohortSeed
            {
                public static List<Account> Accounts()
                {
                    return new List<Account> { new() { Id = 100, Email = "cohort-1@example.test", DisplayName = "Cohort 1" } };
                }
            }
        }
        """;

    /// <summary>The cohort model, its migrations and the seeds, all as source.</summary>
    public static IReadOnlyList<(string Path, string Content)> Project(string seeds = Seeds) =>
        [FixtureSources.CohortModel, .. FixtureSources.CohortMigrations, ("/App/Seeds.cs", seeds)];
}
