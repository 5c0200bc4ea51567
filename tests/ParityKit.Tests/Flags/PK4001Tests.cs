using ParityKit.Analyzers.Flags;
using Verify = ParityKit.Tests.Flags.FlagVerifier<ParityKit.Analyzers.Flags.FlagReadAnalyzer>;

namespace ParityKit.Tests.Flags;

/// <summary>PK4001: a flag read with no declared production baseline.</summary>
public class PK4001Tests
{
    private const string Usings = """
        using System.Threading.Tasks;
        using Microsoft.FeatureManagement;
        using ParityKit;

        """;

    [Fact]
    public Task Fires_on_IFeatureManager_IsEnabledAsync_without_a_baseline() => Verify.VerifyAsync(Usings + """
        class Checkout
        {
            Task<bool> Run(IFeatureManager features) => features.IsEnabledAsync({|PK4001:"new-checkout"|});
        }
        """);

    [Fact]
    public Task Fires_on_every_Microsoft_FeatureManagement_reader() => Verify.VerifyAsync(Usings + """
        using System.Threading;
        using Microsoft.FeatureManagement.FeatureFilters;

        class Checkout
        {
            async Task Run(IFeatureManager a, IVariantFeatureManager b, IFeatureManagerSnapshot c, IVariantFeatureManagerSnapshot d, FeatureManager e, TargetingContext t)
            {
                await a.IsEnabledAsync({|PK4001:"a"|}, new object());
                await b.IsEnabledAsync({|PK4001:"b"|}, CancellationToken.None);
                await b.GetVariantAsync({|PK4001:"b-variant"|}, CancellationToken.None);
                await b.GetVariantAsync({|PK4001:"b-targeted"|}, t, CancellationToken.None);
                await c.IsEnabledAsync({|PK4001:"c"|});
                await d.GetVariantAsync({|PK4001:"d"|}, CancellationToken.None);
                await e.IsEnabledAsync({|PK4001:"e"|});
                await e.GetVariantAsync({|PK4001:"e-variant"|}, CancellationToken.None);
            }
        }
        """);

    [Fact]
    public Task Fires_on_the_other_vendors_readers() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        class Readers
        {
            async Task Run(OpenFeature.IFeatureClient openFeature, LaunchDarkly.Sdk.Server.Interfaces.ILdClient launchDarkly, Unleash.IUnleash unleash, ConfigCat.Client.IConfigCatClient configCat)
            {
                await openFeature.GetBooleanValueAsync({|PK4001:"of-bool"|}, false);
                await openFeature.GetStringValueAsync({|PK4001:"of-string"|}, "blue");
                await openFeature.GetBooleanDetailsAsync({|PK4001:"of-details"|}, false);
                openFeature.Track("not-a-flag");
                launchDarkly.BoolVariation({|PK4001:"ld-bool"|}, LaunchDarkly.Sdk.Context.New("u"));
                launchDarkly.StringVariation({|PK4001:"ld-string"|}, default, "x");
                launchDarkly.Track("not-a-flag", default);
                unleash.IsEnabled({|PK4001:"un-1"|});
                unleash.IsEnabled(defaultSetting: false, toggleName: {|PK4001:"un-named"|});
                unleash.IsEnabled({|PK4001:"un-2"|}, new Unleash.UnleashContext(), false);
                configCat.GetValue({|PK4001:"cc-1"|}, false);
                await configCat.GetValueAsync({|PK4001:"cc-2"|}, 3);
            }
        }
        """);

    [Fact]
    public Task Fires_on_the_apps_own_FlagKey_readers() => Verify.VerifyAsync(Usings + """
        interface IFeatureService { bool IsEnabled([FlagKey] string key); }
        sealed class FeatureService : IFeatureService { public bool IsEnabled(string key) => false; }
        static class Extensions { public static bool On(this IFeatureService service, [FlagKey] string flag, string note) => service.IsEnabled(flag); }

        class Checkout
        {
            void Run(IFeatureService service, FeatureService concrete)
            {
                service.IsEnabled({|PK4001:"custom-1"|});
                concrete.IsEnabled({|PK4001:"custom-2"|});
                service.On({|PK4001:"custom-3"|}, "not a key");
            }
        }
        """);

    [Fact]
    public Task Fires_on_FeatureGate_attributes_and_endpoint_gates() => Verify.VerifyAsync(Usings + """
        using Microsoft.FeatureManagement.Mvc;

        enum AppFlags { Beta }

        [FeatureGate({|PK4001:"gated-class"|})]
        class Controller
        {
            [FeatureGate(RequirementType.All, {|PK4001:"gate-a"|}, {|PK4001:"gate-b"|})]
            public void Action() { }

            [FeatureGate({|PK4001:AppFlags.Beta|})]
            public void EnumGate() { }
        }

        class Endpoints
        {
            void Map(Microsoft.AspNetCore.Builder.IEndpointConventionBuilder endpoint) =>
                Microsoft.FeatureManagement.AspNetCore.FeatureGateEndpointFilterExtensions.WithFeatureGate(endpoint, {|PK4001:"endpoint-a"|}, {|PK4001:"endpoint-b"|});
        }
        """);

    [Fact]
    public Task Resolves_keys_through_constants_nameof_and_FeatureFlags_members() => Verify.VerifyAsync(Usings + """
        [assembly: FlagBaseline("NewCheckout", false)]

        [FeatureFlags]
        static class Flags
        {
            [Baseline(true)] public const string FastSearch = "fast-search";
            public const string Undeclared = "undeclared";
        }

        class Checkout
        {
            const string Local = "local-flag";
            const string NewCheckout = "x";

            async Task Run(IFeatureManager features)
            {
                await features.IsEnabledAsync(Flags.FastSearch);
                await features.IsEnabledAsync("FAST-SEARCH");
                await features.IsEnabledAsync(nameof(NewCheckout));
                await features.IsEnabledAsync({|PK4001:Flags.Undeclared|});
                await features.IsEnabledAsync({|PK4001:Local|});
                await features.IsEnabledAsync({|PK4001:nameof(Local)|});
            }
        }
        """);

    [Fact]
    public Task Does_not_fire_when_a_baseline_is_declared() => Verify.VerifyAsync(Usings + """
        [assembly: FlagBaseline("new-checkout", false)]
        [assembly: FlagBaseline("fast-search", true, RolloutPercentage = 10)]

        class Checkout
        {
            async Task Run(IFeatureManager features, Unleash.IUnleash unleash)
            {
                await features.IsEnabledAsync("new-checkout");
                unleash.IsEnabled("Fast-Search");
            }
        }
        """);

    [Fact]
    public Task Non_constant_keys_get_PK4002_only() => Verify.VerifyAsync(Usings + """
        class Checkout
        {
            Task<bool> Run(IFeatureManager features, string name) => features.IsEnabledAsync({|PK4002:"checkout-" + name|});
        }
        """);

    [Fact]
    public Task Does_not_fire_in_test_projects()
    {
        var test = FlagVerifier<FlagReadAnalyzer>.Create(Usings + """
            class Checkout
            {
                Task<bool> Run(IFeatureManager features) => features.IsEnabledAsync("new-checkout");
            }
            """);
        test.WithGlobalConfig("build_property.IsTestProject = true");
        return test.RunAsync();
    }

    [Fact]
    public Task Analyzes_test_projects_when_asked()
    {
        var test = FlagVerifier<FlagReadAnalyzer>.Create(Usings + """
            class Checkout
            {
                Task<bool> Run(IFeatureManager features) => features.IsEnabledAsync({|PK4001:"new-checkout"|});
            }
            """);
        test.WithGlobalConfig("build_property.IsTestProject = true\nparitykit.analyze_test_projects = true");
        return test.RunAsync();
    }

    [Fact]
    public Task Does_not_fire_in_generated_code() => Verify.VerifyAsync("""
        // <auto-generated/>
        using System.Threading.Tasks;
        using Microsoft.FeatureManagement;

        class Generated
        {
            Task<bool> Run(IFeatureManager features, string name) => features.IsEnabledAsync("from-generated-code") ?? features.IsEnabledAsync(name);
        }
        """);

    [Fact]
    public Task Ignores_methods_that_are_not_flag_readers() => Verify.VerifyAsync(Usings + """
        interface IOther { bool IsEnabled(string toggleName); Task<bool> IsEnabledAsync(string feature); }

        class Checkout
        {
            async Task Run(IOther other, IFeatureManager features)
            {
                other.IsEnabled("x");
                await other.IsEnabledAsync("y");
                await foreach (string name in features.GetFeatureNamesAsync()) { }
                await features.IsEnabledAsync(null!);
            }
        }
        """);
}
