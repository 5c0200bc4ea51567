using Verify = ParityKit.Tests.Flags.FlagVerifier<ParityKit.Analyzers.Flags.FlagDeclarationAnalyzer>;

namespace ParityKit.Tests.Flags;

/// <summary>PK9001-PK9003 for flag declarations: malformed, duplicate and conflicting baselines.</summary>
public class FlagDeclarationTests
{
    [Fact]
    public Task Reports_malformed_baselines() => Verify.VerifyAsync("""
        using ParityKit;

        [assembly: {|PK9001:FlagBaseline("", true)|}]
        [assembly: {|PK9001:FlagBaseline("too-much", true, RolloutPercentage = 150)|}]
        [assembly: {|PK9001:FlagBaseline("off-but-rolling", false, RolloutPercentage = 10)|}]

        [FeatureFlags]
        static class Flags
        {
            [Baseline(true)] public static readonly string {|PK9001:NotConst|} = "not-const";
            [Baseline(true)] public const int {|PK9001:NotAString|} = 3;
        }

        static class NotMarked
        {
            [Baseline(true)] public const string {|PK9001:Orphan|} = "orphan";
        }
        """);

    [Fact]
    public Task Reports_duplicates_and_conflicts_case_insensitively() => Verify.VerifyAsync("""
        using ParityKit;

        [assembly: FlagBaseline("new-checkout", false)]
        [assembly: {|PK9002:FlagBaseline("New-Checkout", false)|}]
        [assembly: FlagBaseline("fast-search", true, RolloutPercentage = 10)]

        [FeatureFlags]
        static class Flags
        {
            [Baseline(true)] public const string {|PK9003:NewCheckout|} = "NEW-CHECKOUT";
            [Baseline(true, RolloutPercentage = 20)] public const string {|PK9003:FastSearch|} = "fast-search";
            [Baseline(true, Variants = new[] { "a", "b" })] public const string Variant = "variant";
        }
        """);

    [Fact]
    public Task Well_formed_declarations_are_quiet() => Verify.VerifyAsync("""
        using ParityKit;

        [assembly: FlagBaseline("new-checkout", false)]
        [assembly: FlagBaseline("fast-search", true, RolloutPercentage = 10, Variants = new[] { "fast", "slow" })]

        [FeatureFlags]
        public static class Flags
        {
            [Baseline(false)] public const string Banner = "banner";
            public const string NoBaselineYet = "no-baseline-yet";

            [FeatureFlags]
            public static class Nested { [Baseline(true)] public const string Deep = "deep"; }
        }
        """);
}
