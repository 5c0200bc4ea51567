using System;

namespace ParityKit
{
    /// <summary>Declares the production state of one feature flag.</summary>
    /// <example><code>[assembly: FlagBaseline("new-checkout", false)]</code></example>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
    public sealed class FlagBaselineAttribute : Attribute
    {
        /// <param name="key">The flag key as the flag reader sees it.</param>
        /// <param name="enabled">Whether the flag is on in production.</param>
        public FlagBaselineAttribute(string key, bool enabled)
        {
            Key = key;
            Enabled = enabled;
        }

        /// <summary>The flag key.</summary>
        public string Key { get; }

        /// <summary>Whether the flag is on in production.</summary>
        public bool Enabled { get; }

        /// <summary>The percentage of targeted users the flag is on for in production (0–100). Set it only for a percentage rollout.</summary>
        public int RolloutPercentage { get; set; }

        /// <summary>The variant names the flag can take, when it is a multi-variant flag.</summary>
        public string[]? Variants { get; set; }
    }
}
