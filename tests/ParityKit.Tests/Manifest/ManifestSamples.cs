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
        """;

    /// <summary>A root namespace with a dash, a keyword and a leading digit.</summary>
    public const string OddRootNamespace = "Odd-Shop.event.2024";
}
