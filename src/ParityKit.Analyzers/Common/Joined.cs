using System;
using Microsoft.CodeAnalysis;

namespace ParityKit.Analyzers.Common
{
    /// <summary>Two pipeline values joined into one reference-typed, value-equatable value (see <see cref="PipelineJoins"/>).</summary>
    internal sealed record Joined<TLeft, TRight>(TLeft Left, TRight Right);

    /// <summary>
    /// <c>Combine</c> for ParityKit's generators: the pair comes out as a <see cref="Joined{TLeft, TRight}"/> class
    /// instead of a value tuple.
    /// </summary>
    /// <remarks>
    /// Every incremental node is generic over its value type. The runtime compiles one shared copy of a node for all
    /// reference types, but a separate copy for every distinct struct shape, and a chain of <c>Combine</c> calls makes
    /// a new tuple shape at every step. A cold compiler process (every CI build) pays that JIT before anything else:
    /// with tuples and struct values in the pipelines ParityKit made it compile about 3,000 more methods
    /// (docs/performance.md). Keeping every pipeline value a reference type lets all of our nodes share the copies
    /// the SDK's own generators already compiled.
    /// </remarks>
    internal static class PipelineJoins
    {
        /// <summary><c>Collect</c>, as an array that compares by its elements.</summary>
        public static IncrementalValueProvider<EquatableArray<T>> CollectEquatable<T>(this IncrementalValuesProvider<T> values, string trackingName)
            where T : IEquatable<T> =>
            values.Collect().Select(static (items, _) => items.ToEquatableArray()).WithTrackingName(trackingName);

        public static IncrementalValueProvider<Joined<TLeft, TRight>> Join<TLeft, TRight>(
            this IncrementalValueProvider<TLeft> left, IncrementalValueProvider<TRight> right, string trackingName) =>
            left.Combine(right)
                .Select(static (pair, _) => new Joined<TLeft, TRight>(pair.Left, pair.Right))
                .WithTrackingName(trackingName);

        public static IncrementalValuesProvider<Joined<TLeft, TRight>> Join<TLeft, TRight>(
            this IncrementalValuesProvider<TLeft> left, IncrementalValueProvider<TRight> right, string trackingName) =>
            left.Combine(right)
                .Select(static (pair, _) => new Joined<TLeft, TRight>(pair.Left, pair.Right))
                .WithTrackingName(trackingName);
    }
}
