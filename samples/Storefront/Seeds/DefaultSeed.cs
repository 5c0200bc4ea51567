using ParityKit;
using Storefront.Data;

namespace Storefront.Seeds;

/// <summary>
/// What every preview environment starts with: three shoppers and their orders, checked at build time against the
/// migrations in Storefront.Data (PK1004), hashed, exported beside the manifest (paritykit.seed.default.json) and
/// applied by <c>dotnet run -- --seed</c>. All three accounts fall outside FastSearch's 10% rollout, so ParityKit
/// warns (PK4006) that nobody testing a preview ever sees fast search; the checkout cohort covers both sides.
/// </summary>
[SeedBaseline("default")]
public static partial class DefaultSeed
{
    public static IEnumerable<User> Users() =>
    [
        new() { Id = 1, ExternalId = "ext-alice", Email = "alice@storefront.test" },
        new() { Id = 2, ExternalId = "ext-bob", Email = "bob@storefront.test" },
        new() { Id = 3, ExternalId = "ext-carol", Email = "carol@storefront.test" },
    ];

    public static IEnumerable<Order> Orders() =>
    [
        new() { Id = 1, UserId = 1, TotalCents = 4_200 },
        new() { Id = 2, UserId = 1, TotalCents = 1_999 },
        new() { Id = 3, UserId = 3, TotalCents = 15_000 },
    ];
}
