using ParityKit;
using Storefront.Data;

namespace Storefront.Seeds;

/// <summary>
/// Accounts for testing the checkout under FastSearch's rollout: cohort-6 lands inside the 10%, the others outside,
/// so both paths are exercised (no PK4006). Applied with <c>dotnet run -- --seed=checkout-cohort</c>.
/// </summary>
[SeedBaseline("checkout-cohort")]
public static partial class CheckoutCohortSeed
{
    public static IEnumerable<User> Users() =>
    [
        new() { Id = 101, ExternalId = "ext-cohort-1", Email = "cohort-1@storefront.test" },
        new() { Id = 106, ExternalId = "ext-cohort-6", Email = "cohort-6@storefront.test" },
        new() { Id = 107, ExternalId = "ext-cohort-7", Email = "cohort-7@storefront.test" },
    ];
}
