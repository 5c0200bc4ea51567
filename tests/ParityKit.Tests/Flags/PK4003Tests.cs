using ParityKit.Analyzers.Flags;

namespace ParityKit.Tests.Flags;

/// <summary>PK4003: a call-site default that disagrees with the declared baseline.</summary>
public class PK4003Tests
{
    private static class Verify
    {
        // The declarations here are not all read, which is PK4004's business, not this rule's.
        public static Task VerifyAsync(string source)
        {
            var test = FlagVerifier<FlagReadAnalyzer>.Create(source);
            test.DisabledDiagnostics.Add("PK4004");
            return test.RunAsync();
        }
    }

    private const string Declarations = """
        using System.Threading.Tasks;
        using ParityKit;

        [assembly: FlagBaseline("new-checkout", false)]
        [assembly: FlagBaseline("dark-mode", true)]
        [assembly: FlagBaseline("fast-search", true, RolloutPercentage = 10)]

        """;

    [Fact]
    public Task Fires_when_the_default_disagrees_with_the_baseline() => Verify.VerifyAsync(Declarations + """
        class Readers
        {
            async Task Run(OpenFeature.IFeatureClient openFeature, LaunchDarkly.Sdk.Server.Interfaces.ILdClient launchDarkly, Unleash.IUnleash unleash, ConfigCat.Client.IConfigCatClient configCat)
            {
                await openFeature.GetBooleanValueAsync("new-checkout", {|PK4003:true|});
                launchDarkly.BoolVariation("dark-mode", default, {|PK4003:false|});
                launchDarkly.BoolVariation("new-checkout", defaultValue: {|PK4003:true|}, context: default);
                unleash.IsEnabled("NEW-CHECKOUT", {|PK4003:true|});
                configCat.GetValue("dark-mode", {|PK4003:false|});
            }
        }
        """);

    [Fact]
    public Task Fires_on_the_apps_own_readers_with_a_defaultValue_parameter() => Verify.VerifyAsync(Declarations + """
        interface IFlags { bool IsOn([FlagKey] string key, bool defaultValue); }

        class Checkout
        {
            bool Run(IFlags flags) => flags.IsOn("new-checkout", {|PK4003:true|});
        }
        """);

    [Fact]
    public Task Does_not_fire_when_the_default_agrees_is_absent_or_not_a_constant() => Verify.VerifyAsync(Declarations + """
        class Readers
        {
            async Task Run(OpenFeature.IFeatureClient openFeature, LaunchDarkly.Sdk.Server.Interfaces.ILdClient launchDarkly, Unleash.IUnleash unleash, bool fallback)
            {
                await openFeature.GetBooleanValueAsync("new-checkout", false);
                launchDarkly.BoolVariation("dark-mode", default, true);
                launchDarkly.BoolVariation("dark-mode", default);
                unleash.IsEnabled("new-checkout");
                unleash.IsEnabled("dark-mode", fallback);
            }
        }
        """);

    [Fact]
    public Task Does_not_fire_for_a_percentage_rollout_where_either_default_is_a_real_path() => Verify.VerifyAsync(Declarations + """
        class Readers
        {
            void Run(Unleash.IUnleash unleash)
            {
                unleash.IsEnabled("fast-search", true);
                unleash.IsEnabled("fast-search", false);
            }
        }
        """);

    [Fact]
    public Task Uses_the_baseline_of_a_FeatureFlags_constant() => Verify.VerifyAsync("""
        using ParityKit;

        [FeatureFlags]
        static class Flags { [Baseline(true)] public const string Search = "search"; }

        class Readers
        {
            void Run(Unleash.IUnleash unleash) => unleash.IsEnabled(Flags.Search, {|PK4003:false|});
        }
        """);
}
