using System;
using System.Globalization;

namespace ParityKit.Analyzers.Flags
{
    /// <summary>
    /// The state of a flag in one environment, as far as ParityKit can tell from declarations and configuration:
    /// off, on, on for a percentage of targeted users, or on under filters ParityKit cannot evaluate.
    /// </summary>
    internal readonly struct FlagState : IEquatable<FlagState>
    {
        private FlagState(bool enabled, int rolloutPercentage, bool conditional)
        {
            Enabled = enabled;
            RolloutPercentage = rolloutPercentage;
            IsConditional = conditional;
        }

        public static FlagState Off => new(false, 0, false);

        public static FlagState On => new(true, 0, false);

        public bool Enabled { get; }

        /// <summary>The percentage of targeted users the flag is on for; 0 when it is not a percentage rollout.</summary>
        public int RolloutPercentage { get; }

        /// <summary>On under filters ParityKit does not evaluate (time windows, custom filters): only on/off is compared.</summary>
        public bool IsConditional { get; }

        public static FlagState Create(bool enabled, int rolloutPercentage) => new(enabled, enabled ? rolloutPercentage : 0, false);

        public static FlagState Conditional() => new(true, 0, true);

        /// <summary>Whether an environment in state <paramref name="other"/> behaves differently from this one.</summary>
        public bool DiffersFrom(FlagState other)
        {
            if (Enabled != other.Enabled)
            {
                return true;
            }

            if (!Enabled || IsConditional || other.IsConditional)
            {
                return false;
            }

            return EffectiveRollout != other.EffectiveRollout;
        }

        /// <summary>A percentage rollout strictly between 0 and 100: some users see each side.</summary>
        public bool IsPartialRollout => Enabled && RolloutPercentage > 0 && RolloutPercentage < 100;

        private int EffectiveRollout => RolloutPercentage == 0 ? 100 : RolloutPercentage;

        public override string ToString()
        {
            if (!Enabled)
            {
                return "off";
            }

            if (IsConditional)
            {
                return "on under conditions";
            }

            return RolloutPercentage is > 0 and < 100
                ? "on for " + RolloutPercentage.ToString(CultureInfo.InvariantCulture) + "% of users"
                : "on";
        }

        public bool Equals(FlagState other) =>
            Enabled == other.Enabled && RolloutPercentage == other.RolloutPercentage && IsConditional == other.IsConditional;

        public override bool Equals(object? obj) => obj is FlagState other && Equals(other);

        public override int GetHashCode() => (Enabled ? 1 : 0) | (IsConditional ? 2 : 0) | (RolloutPercentage << 2);
    }
}
