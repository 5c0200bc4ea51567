using ParityKit.Analyzers.Common;

namespace ParityKit.Analyzers.Manifest.Models
{
    /// <summary>One entry of the manifest's <c>featureFlags</c>: a flag the app declares or reads.</summary>
    /// <param name="Key">The key, as declared (or, for a flag only read, its ordinal-first spelling).</param>
    /// <param name="Baseline">Whether the flag is on in production; <see langword="null"/> when it is read without a declared baseline (PK4001).</param>
    /// <param name="RolloutPercentage">The production percentage rollout; 0 when the flag is simply on or off.</param>
    /// <param name="Variants">The variant names, in declared order.</param>
    /// <param name="ReadAt">Where the code reads it (<c>Search/SearchService.cs:31</c>), sorted.</param>
    internal sealed record FeatureFlagEntry(
        string Key,
        bool? Baseline,
        int RolloutPercentage,
        EquatableArray<string> Variants,
        EquatableArray<string> ReadAt);
}
