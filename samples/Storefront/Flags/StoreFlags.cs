using ParityKit;

namespace Storefront.Flags;

/// <summary>
/// The storefront's feature flags and their production state, reviewed like any other code. ParityKit checks every
/// read against these baselines and lists them in the provisioning manifest, so a preview environment starts in the
/// production state of every flag.
/// </summary>
[FeatureFlags]
public static class StoreFlags
{
    /// <summary>The rewritten checkout: still off in production.</summary>
    [Baseline(false)] public const string NewCheckout = "NewCheckout";

    /// <summary>The new search index, rolled out to 10% of signed-in users.</summary>
    [Baseline(true, RolloutPercentage = 10)] public const string FastSearch = "FastSearch";
}
