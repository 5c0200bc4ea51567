using System;

namespace ParityKit
{
    /// <summary>The production state of the flag key held by this constant (inside a <see cref="FeatureFlagsAttribute"/> class).</summary>
    /// <example><code>[Baseline(true, RolloutPercentage = 10)] public const string FastSearch = "fast-search";</code></example>
    [AttributeUsage(AttributeTargets.Field, AllowMultiple = false)]
    public sealed class BaselineAttribute : Attribute
    {
        /// <param name="enabled">Whether the flag is on in production.</param>
        public BaselineAttribute(bool enabled) => Enabled = enabled;

        /// <summary>Whether the flag is on in production.</summary>
        public bool Enabled { get; }

        /// <summary>The percentage of targeted users the flag is on for in production (0–100). Set it only for a percentage rollout.</summary>
        public int RolloutPercentage { get; set; }

        /// <summary>The variant names the flag can take, when it is a multi-variant flag.</summary>
        public string[]? Variants { get; set; }
    }
}
