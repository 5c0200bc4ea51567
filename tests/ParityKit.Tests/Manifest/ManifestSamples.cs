using Microsoft.CodeAnalysis;
using ParityKit.Tests.Flags;
using ParityKit.Tests.Infrastructure;

namespace ParityKit.Tests.Manifest;

/// <summary>Declaration sets the generator, JSON and task tests share. C# 8 compatible, so they also compile at that language version.</summary>
public static class ManifestSamples
{
    public const string NoDeclarations = """
        namespace Storefront
        {
            public class Cart
            {
                public int Count() { return 0; }
            }
        }
        """;

    /// <summary>One of each declaration, as the design's storefront writes them, one attribute per entry.</summary>
    public static readonly string[] FullSetDeclarations =
    [
        """[assembly: ParityApp("storefront")]""",
        """[assembly: RequiresSetting("Checkout:Currency", Default = "USD")]""",
        """[assembly: RequiresSetting("Checkout:TaxRate")]""",
        """[assembly: RequiresSetting("Search:PageSize", Default = "20", Required = true)]""",
        """[assembly: RequiresSecret("Stripe:ApiKey", Source = "vault:payments/stripe")]""",
        """[assembly: RequiresSecret("ConnectionStrings:Catalog")]""",
        """[assembly: RequiresSecret("Analytics:WriteKey", Source = "env:ANALYTICS_WRITE_KEY", Required = false)]""",
        """
        [assembly: ThirdPartyApi("stripe", ConfigKey = "Stripe:BaseUrl",
            Live = "https://api.stripe.com", Sandbox = "https://api.stripe.com",
            KeySetting = "Stripe:ApiKey", PreviewTier = ApiTier.Sandbox)]
        """,
        """[assembly: ThirdPartyApi("geo", Live = "https://geo.example.com/v2")]""",
        """[assembly: BaseUrlSetting("App:BaseUrl")]""",
        """[assembly: ClientStorageKey("onboarding-step")]""",
        """[assembly: ClientStorageKey("cart")]""",
        """[assembly: ServiceWorker("wwwroot/sw.js")]""",
    ];

    public static readonly string FullSet = "using ParityKit;\n\n" + string.Join("\n", FullSetDeclarations) + "\n\n" + NoDeclarations;

    /// <summary>Keys whose class names collide, are reserved, start with digits or are keywords; values that need escaping.</summary>
    public const string OddKeys = """
        using ParityKit;

        [assembly: RequiresSetting("Checkout:Currency")]
        [assembly: RequiresSetting("Checkout_Currency")]
        [assembly: RequiresSetting("checkout.currency")]
        [assembly: RequiresSetting("class")]
        [assembly: RequiresSetting("2fa:Enabled", Default = "false")]
        [assembly: RequiresSetting("All")]
        [assembly: RequiresSetting("Settings")]
        [assembly: RequiresSetting("Key")]
        [assembly: RequiresSetting("Banner:Text", Default = "Say \"hi\" \\ to\n\tus for 5 \u20AC")]
        [assembly: RequiresSecret("Default")]
        [assembly: RequiresSecret("Source", Source = "vault:odd/source")]
        [assembly: ThirdPartyApi("2checkout")]
        [assembly: ThirdPartyApi("pay-pal")]
        [assembly: ThirdPartyApi("pay_pal")]
        [assembly: ThirdPartyApi("Name")]
        [assembly: ThirdPartyApi("namespace")]
        [assembly: ClientStorageKey("Say \"hi\" \\ \u20AC")]
        [assembly: ClientStorageKey("cart")]
        [assembly: ClientStorageKey("Cart")]
        [assembly: ClientStorageKey("cart")]
        [assembly: ServiceWorker(@"wwwroot\js\sw.js")]
        [assembly: ServiceWorker("./wwwroot/js/SW.js")]
        [assembly: ServiceWorker("wwwroot/push worker.js")]
        """;

    /// <summary>A root namespace with a dash, a keyword and a leading digit.</summary>
    public const string OddRootNamespace = "Odd-Shop.event.2024";

    /// <summary>A file with no declarations and no flag reads, for unrelated edits.</summary>
    public const string Unrelated = """
        namespace Storefront
        {
            public class Pricing
            {
                public decimal Total(decimal net) { return net * 1.2m; }
            }
        }
        """;

    public const string ProjectDirectory = "/src/Storefront/";

    /// <summary>Flag baselines in code: assembly attributes and a [FeatureFlags] class.</summary>
    public const string FlagDeclarations = """
        using ParityKit;

        [assembly: FlagBaseline("new-checkout", false)]
        [assembly: FlagBaseline("unread", true)]

        namespace Storefront.Flags
        {
            [FeatureFlags]
            public static class StoreFlags
            {
                [Baseline(true, RolloutPercentage = 10, Variants = new[] { "fast", "slow" })] public const string FastSearch = "fast-search";
                [Baseline(false)] public const string Banner = "banner";
            }
        }
        """;

    /// <summary>Flag reads: through a constant, in another spelling, without a baseline, from configuration, and a [FeatureGate].</summary>
    public const string FlagReads = """
        using System.Threading.Tasks;
        using Microsoft.FeatureManagement;
        using Microsoft.FeatureManagement.Mvc;
        using Storefront.Flags;

        namespace Storefront.Search
        {
            [FeatureGate(StoreFlags.Banner)]
            public sealed class SearchService
            {
                private readonly IFeatureManager _features;

                public SearchService(IFeatureManager features) { _features = features; }

                public async Task<string> Run(string q)
                {
                    bool fast = await _features.IsEnabledAsync(StoreFlags.FastSearch);
                    bool checkout = await _features.IsEnabledAsync("NEW-CHECKOUT");
                    bool holiday = await _features.IsEnabledAsync("holiday-banner");
                    bool recommendations = await _features.IsEnabledAsync("Recommendations");
                    return q + fast + checkout + holiday + recommendations;
                }
            }
        }
        """;

    public static readonly (string Path, string Text)[] FlagConfiguration =
    [
        (ProjectDirectory + "appsettings.json", """{ "FeatureManagement": { "Recommendations": false, "from-base-file": true }, "Search": { "Region": "eu" } }"""),
        (ProjectDirectory + "appsettings.Production.json", """
            {
              // Production turns recommendations on; new-checkout agrees with the code.
              "FeatureManagement": { "Recommendations": true, "new-checkout": false },
            }
            """),
        (ProjectDirectory + "appsettings.Staging.json", """{ "FeatureManagement": { "staging-only": true, "new-checkout": true } }"""),
    ];

    /// <summary>Configuration reads (settings, a secret through a section, an appsettings key), for the read-site steps.</summary>
    public const string ConfigurationReads = """
        using Microsoft.Extensions.Configuration;

        namespace Storefront.Checkout
        {
            public class CheckoutSettings
            {
                public string? Currency(IConfiguration configuration) => configuration["Checkout:Currency"];
                public string? Key(IConfiguration configuration) => configuration.GetSection("Stripe")["ApiKey"];
                public string? Region(IConfiguration configuration) => configuration["Search:Region"];
            }
        }
        """;

    /// <summary>
    /// The full declaration set plus feature flags (declared, configured and read), in a project directory, with
    /// Microsoft.FeatureManagement referenced and the appsettings files as AdditionalFiles. Files: 0 the declarations,
    /// 1 an unrelated file, 2 the flag declarations, 3 the reads, 4 the [FeatureGate] stand-in, 5 configuration reads.
    /// </summary>
    public static ManifestInput FullSetWithFlags() =>
        new([
            (ProjectDirectory + "Declarations.cs", FullSet),
            (ProjectDirectory + "Pricing.cs", Unrelated),
            (ProjectDirectory + "Flags/StoreFlags.cs", FlagDeclarations),
            (ProjectDirectory + "Search/SearchService.cs", FlagReads),
            (ProjectDirectory + "Vendor/FeatureGate.cs", FlagTestSources.FeatureGate),
            (ProjectDirectory + "Checkout/CheckoutSettings.cs", ConfigurationReads),
        ])
        {
            ReferenceConfiguration = true,
            References = [FlagTestSources.FeatureManagement],
            AdditionalFiles = FlagConfiguration,
            ProjectDirectory = ProjectDirectory,
        };
}
