using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ParityKit.Analyzers.Flags
{
    /// <summary>Where a production baseline was declared.</summary>
    internal enum FlagDeclarationKind
    {
        /// <summary><c>[assembly: FlagBaseline("key", enabled)]</c>.</summary>
        AssemblyAttribute,

        /// <summary>A <c>[Baseline]</c> constant in a <c>[FeatureFlags]</c> class.</summary>
        FeatureFlagsMember,

        /// <summary>The <c>FeatureManagement</c> section of <c>appsettings.Production.json</c> (over <c>appsettings.json</c>).</summary>
        ProductionConfiguration,
    }

    /// <summary>One production-baseline declaration of a flag.</summary>
    internal sealed class FlagDeclaration
    {
        public FlagDeclaration(string key, FlagState state, ImmutableArray<string> variants, FlagDeclarationKind kind, Location location, string origin)
        {
            Key = key;
            State = state;
            Variants = variants.IsDefault ? ImmutableArray<string>.Empty : variants;
            Kind = kind;
            Location = location;
            Origin = origin;
        }

        public string Key { get; }

        public FlagState State { get; }

        public ImmutableArray<string> Variants { get; }

        public FlagDeclarationKind Kind { get; }

        /// <summary>The attribute, the constant's name, or the JSON property.</summary>
        public Location Location { get; }

        /// <summary>How a message names this declaration: <c>[assembly: FlagBaseline]</c>, <c>Flags.NewCheckout</c>, <c>appsettings.Production.json(12)</c>.</summary>
        public string Origin { get; }

        public bool IsInCode => Kind != FlagDeclarationKind.ProductionConfiguration;

        /// <summary>Whether two declarations say the same thing (state and variants).</summary>
        public bool Agrees(FlagDeclaration other)
        {
            if (!State.Equals(other.State) || Variants.Length != other.Variants.Length)
            {
                return false;
            }

            for (int i = 0; i < Variants.Length; i++)
            {
                if (Variants[i] != other.Variants[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
