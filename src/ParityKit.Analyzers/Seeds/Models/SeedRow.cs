using ParityKit.Analyzers.Common;

namespace ParityKit.Analyzers.Seeds.Models
{
    /// <summary>One row of a seed baseline: the members its object initializer sets, in source order.</summary>
    internal sealed record SeedRow(EquatableArray<SeedValue> Values);
}
