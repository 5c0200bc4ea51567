using ParityKit.Analyzers.Flags;
using ParityKit.CodeFixes.Flags;

namespace ParityKit.Tests.Flags;

/// <summary>The PK4001 fix (declare the baseline) and the PK4003 fix (use the baseline as the default).</summary>
public class FlagCodeFixTests
{
    private static CodeFixVerifierTest AddBaseline(string source, string fixedSource) =>
        new(FlagCodeFixVerifier<FlagReadAnalyzer, AddFlagBaselineCodeFix>.Create(source, fixedSource));

    [Fact]
    public Task PK4001_adds_an_assembly_attribute_after_the_existing_flag_baselines() => AddBaseline("""
        using System.Threading.Tasks;
        using Microsoft.FeatureManagement;
        using ParityKit;

        [assembly: FlagBaseline("dark-mode", true)]

        class Checkout
        {
            async Task Run(IFeatureManager features)
            {
                await features.IsEnabledAsync("dark-mode");
                await features.IsEnabledAsync({|PK4001:"new-checkout"|});
            }
        }
        """, """
        using System.Threading.Tasks;
        using Microsoft.FeatureManagement;
        using ParityKit;

        [assembly: FlagBaseline("dark-mode", true)]
        [assembly: FlagBaseline("new-checkout", false)]

        class Checkout
        {
            async Task Run(IFeatureManager features)
            {
                await features.IsEnabledAsync("dark-mode");
                await features.IsEnabledAsync("new-checkout");
            }
        }
        """).RunAsync();

    [Fact]
    public Task PK4001_proposes_the_call_site_default_and_goes_next_to_the_other_declarations()
    {
        var test = AddBaseline("""
            class Checkout
            {
                bool Run(Unleash.IUnleash unleash) => unleash.IsEnabled({|PK4001:"fast-search"|}, true);
            }
            """, """
            class Checkout
            {
                bool Run(Unleash.IUnleash unleash) => unleash.IsEnabled("fast-search", true);
            }
            """);
        test.Inner.TestState.Sources.Add(("/0/Declarations.cs", """
            using ParityKit;

            [assembly: ParityApp("storefront")]

            """));
        test.Inner.FixedState.Sources.Add(("/0/Declarations.cs", """
            using ParityKit;

            [assembly: ParityApp("storefront")]
            [assembly: FlagBaseline("fast-search", true)]

            """));
        return test.RunAsync();
    }

    [Fact]
    public Task PK4001_uses_a_qualified_attribute_in_a_file_without_declarations() => AddBaseline("""
        using System.Threading.Tasks;
        using Microsoft.FeatureManagement;

        class Checkout
        {
            Task<bool> Run(IFeatureManager features) => features.IsEnabledAsync({|PK4001:"new-checkout"|});
        }
        """, """
        using System.Threading.Tasks;
        using Microsoft.FeatureManagement;

        [assembly: ParityKit.FlagBaseline("new-checkout", false)]

        class Checkout
        {
            Task<bool> Run(IFeatureManager features) => features.IsEnabledAsync("new-checkout");
        }
        """).RunAsync();

    [Fact]
    public Task PK4001_adds_a_constant_to_the_only_FeatureFlags_class_and_uses_it()
    {
        var test = AddBaseline("""
            using System.Threading.Tasks;
            using Microsoft.FeatureManagement;

            namespace Shop;

            class Checkout
            {
                async Task Run(IFeatureManager features)
                {
                    await features.IsEnabledAsync(Flags.DarkMode);
                    await features.IsEnabledAsync({|PK4001:"new-checkout"|});
                }
            }
            """, """
            using System.Threading.Tasks;
            using Microsoft.FeatureManagement;

            namespace Shop;

            class Checkout
            {
                async Task Run(IFeatureManager features)
                {
                    await features.IsEnabledAsync(Flags.DarkMode);
                    await features.IsEnabledAsync(Flags.NewCheckout);
                }
            }
            """);
        test.Inner.TestState.Sources.Add(("/0/Flags.cs", """
            using ParityKit;

            namespace Shop;

            [FeatureFlags]
            public static class Flags
            {
                [Baseline(true)] public const string DarkMode = "dark-mode";

                public static string Describe() => "flags";
            }
            """));
        test.Inner.FixedState.Sources.Add(("/0/Flags.cs", """
            using ParityKit;

            namespace Shop;

            [FeatureFlags]
            public static class Flags
            {
                [Baseline(true)] public const string DarkMode = "dark-mode";
                [Baseline(false)] public const string NewCheckout = "new-checkout";

                public static string Describe() => "flags";
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task PK4003_replaces_the_default_with_the_baseline() =>
        FlagCodeFixVerifier<FlagReadAnalyzer, UseBaselineDefaultCodeFix>.Create("""
            using ParityKit;

            [assembly: FlagBaseline("new-checkout", false)]

            class Checkout
            {
                bool Run(LaunchDarkly.Sdk.Server.Interfaces.ILdClient client) => client.BoolVariation("new-checkout", default, defaultValue: {|PK4003:true|});
            }
            """, """
            using ParityKit;

            [assembly: FlagBaseline("new-checkout", false)]

            class Checkout
            {
                bool Run(LaunchDarkly.Sdk.Server.Interfaces.ILdClient client) => client.BoolVariation("new-checkout", default, defaultValue: false);
            }
            """).RunAsync();

    [Theory]
    [InlineData("new-checkout", "NewCheckout")]
    [InlineData("fast_search", "FastSearch")]
    [InlineData("2fa.login", "_2faLogin")]
    [InlineData("Flags", "Flags2")]
    [InlineData("class", "Class")]
    public void Constant_names_come_from_the_key_as_the_typed_manifest_names_them(string key, string expected)
    {
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("t", [Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("static class Flags { }")]);
        var type = compilation.GetTypeByMetadataName("Flags")!;
        string name = AddFlagBaselineCodeFix.ConstantName(key, type);
        Assert.Equal(expected, name);
    }

    /// <summary>Lets a test add documents to both states before running.</summary>
    private sealed class CodeFixVerifierTest(Infrastructure.CodeFixVerifier<FlagReadAnalyzer, AddFlagBaselineCodeFix>.Test inner)
    {
        public Infrastructure.CodeFixVerifier<FlagReadAnalyzer, AddFlagBaselineCodeFix>.Test Inner { get; } = inner;

        public Task RunAsync() => Inner.RunAsync();
    }
}
