using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.ThirdPartyApis;
using ParityKit.Tests.Infrastructure;

namespace ParityKit.Tests.ThirdPartyApis;

public class VendorCatalogTests
{
    [Fact]
    public void The_embedded_catalog_loads_every_vendor_and_entry()
    {
        VendorCatalog catalog = VendorCatalog.Embedded;

        // Our reader against System.Text.Json on the source file: nothing may be dropped on the way.
        string path = Path.Combine(RepoPaths.Root, "src", "ParityKit.Analyzers", "ThirdPartyApis", "vendor-catalog.json");
        using var reference = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
        var vendors = reference.RootElement.GetProperty("vendors").EnumerateArray().ToList();
        Assert.Equal(vendors.Count, catalog.Vendors.Length);
        Assert.Equal(vendors.Sum(v => v.GetProperty("sandbox").GetArrayLength()), catalog.Vendors.Sum(v => v.Sandbox.Length));
        Assert.Equal(vendors.Sum(v => v.GetProperty("live").GetArrayLength()), catalog.Vendors.Sum(v => v.LiveHosts.Length));

        Vendor paypal = catalog.Vendors.Single(v => v.ApiName == "paypal");
        Assert.Equal(("PayPal", "PayPal"), (paypal.Name, paypal.ConfigPrefix));
        Assert.Equal(3, paypal.Sandbox.Length);

        // Every sandbox entry is well-formed: a host pattern, or path segments ("/sandbox") with a live counterpart.
        foreach (SandboxEntry entry in catalog.Vendors.SelectMany(v => v.Sandbox))
        {
            Assert.True(entry.Host != null || entry.Path != null, entry.Pattern);
            Assert.True(entry.Path == null || (entry.Path.Length > 1 && entry.Path.StartsWith('/') && !entry.Path.EndsWith('/')), entry.Pattern);
            Assert.True(entry.Path == null || entry.LivePath.StartsWith('/'), entry.Pattern);
            Assert.True(entry.Host == null || entry.LiveHost != null, entry.Pattern);
        }
    }

    [Fact]
    public void The_rule_doc_lists_every_sandbox_entry()
    {
        string doc = File.ReadAllText(Path.Combine(RepoPaths.RuleDocs, "PK2001.md"));
        foreach (Vendor vendor in VendorCatalog.Embedded.Vendors)
        {
            foreach (SandboxEntry entry in vendor.Sandbox)
            {
                Assert.Contains($"| {vendor.Name} | `{entry.Pattern}` |", doc);
            }
        }
    }

    [Theory]
    [InlineData("https://api-m.sandbox.paypal.com/v2/orders", "PayPal", "paypal", "PayPal:BaseUrl", "https://api-m.sandbox.paypal.com", "https://api-m.paypal.com")]
    [InlineData("HTTPS://API-M.SANDBOX.PAYPAL.COM", "PayPal", "paypal", "PayPal:BaseUrl", "https://api-m.sandbox.paypal.com", "https://api-m.paypal.com")]
    [InlineData("https://www.sandbox.paypal.com/checkoutnow?token=1", "PayPal", "paypal-web", "PayPal:WebBaseUrl", "https://www.sandbox.paypal.com", "https://www.paypal.com")]
    [InlineData("https://api-m.sandbox.paypal.com:443/v1", "PayPal", "paypal", "PayPal:BaseUrl", "https://api-m.sandbox.paypal.com:443", "https://api-m.paypal.com:443")]
    [InlineData("api.sandbox.paypal.com", "PayPal", "paypal", "PayPal:BaseUrl", "api.sandbox.paypal.com", "api.paypal.com")]
    [InlineData("https://xyz.api.sandbox.checkout.com/payments", "Checkout.com", "checkout-com", "CheckoutCom:BaseUrl", "https://xyz.api.sandbox.checkout.com", "https://xyz.api.checkout.com")]
    [InlineData("https://api.sandbox.checkout.com", "Checkout.com", "checkout-com", "CheckoutCom:BaseUrl", "https://api.sandbox.checkout.com", "https://api.checkout.com")]
    [InlineData("https://pay-api.amazon.com/sandbox/v2/checkoutSessions", "Amazon Pay", "amazon-pay", "AmazonPay:BaseUrl", "https://pay-api.amazon.com/sandbox", "https://pay-api.amazon.com/live")]
    [InlineData("https://pay-api.amazon.eu/sandbox", "Amazon Pay", "amazon-pay", "AmazonPay:BaseUrl", "https://pay-api.amazon.eu/sandbox", "https://pay-api.amazon.eu/live")]
    [InlineData("https://mws.amazonservices.com/OffAmazonPayments_Sandbox/2013-01-01", "Amazon Pay", "amazon-pay-mws", "AmazonPay:MwsBaseUrl", "https://mws.amazonservices.com/OffAmazonPayments_Sandbox", "https://mws.amazonservices.com/OffAmazonPayments")]
    [InlineData("https://checkout-test.adyen.com/v71", "Adyen", "adyen", "Adyen:BaseUrl", "https://checkout-test.adyen.com", "https://{prefix}-checkout-live.adyenpayments.com")]
    [InlineData("https://sandbox.plaid.com", "Plaid", "plaid", "Plaid:BaseUrl", "https://sandbox.plaid.com", "https://production.plaid.com")]
    public void Matches_sandbox_endpoints(string text, string vendor, string apiName, string configKey, string sandbox, string live)
    {
        Assert.True(UrlText.TryParse(text, out UrlText? url));
        Assert.True(VendorCatalog.Embedded.TryMatch(url, out SandboxMatch? match), text);

        Assert.Equal(vendor, match.VendorName);
        Assert.Equal(apiName, match.ApiName);
        Assert.Equal(configKey, match.ConfigKey);
        Assert.Equal(sandbox, match.SandboxBaseUrl);
        Assert.Equal(live, match.LiveBaseUrl);
        Assert.Equal(sandbox, match.WrittenBase, ignoreCase: true);
    }

    [Theory]
    [InlineData("https://api-m.paypal.com")]
    [InlineData("https://api.sandbox.paypal.com.attacker.test")]
    [InlineData("https://notapi.sandbox.paypal.com.evil")]
    [InlineData("https://notapi.sandbox.paypal.com")]
    [InlineData("https://sandbox.paypal.com.cn")]
    [InlineData("https://api.sandbox.paypal.com@evil.test/")]
    [InlineData("https://api.sandbox.checkout.com.evil")]
    [InlineData("https://evilapi.sandbox.checkout.com")]
    [InlineData("https://pay-api.amazon.com/live/v2")]
    [InlineData("https://pay-api.amazon.com/sandboxed/v2")]
    [InlineData("https://pay-api.amazon.com/v2/sandbox/")]
    [InlineData("https://example.com/OffAmazonPayments_SandboxX/")]
    [InlineData("https://api.stripe.com/v1")]
    public void Does_not_match_live_or_look_alike_hosts(string text)
    {
        Assert.True(UrlText.TryParse(text, out UrlText? url));
        Assert.False(VendorCatalog.Embedded.TryMatch(url, out _), text);
    }

    [Fact]
    public void Base_offsets_cover_the_base_url_as_written()
    {
        Assert.True(UrlText.TryParse("  https://PAY-API.amazon.com/Sandbox/v2 ", out UrlText? url));
        Assert.True(VendorCatalog.Embedded.TryMatch(url, out SandboxMatch? match));
        Assert.Equal("https://PAY-API.amazon.com/Sandbox", match.WrittenBase);
        Assert.Equal("/v2 ", url.Text.Substring(match.BaseEnd));
        Assert.Equal("https://pay-api.amazon.com/Sandbox", match.SandboxBaseUrl);
        Assert.Equal("Amazon Pay", match.Vendor?.Name);
        Assert.Equal("pay-api.amazon.com/sandbox/", match.Entry?.Pattern);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("""{ "vendors": 3 }""")]
    [InlineData("""{ "vendors": [ { "vendor": "X" }, 1, { "vendor": "Y", "apiName": "y", "configPrefix": "Y", "sandbox": [ { "url": "nope" }, { "host": "h" } ] } ] }""")]
    public void A_broken_catalog_reads_as_what_is_usable(string json)
    {
        VendorCatalog catalog = VendorCatalog.Parse(json);
        Assert.All(catalog.Vendors, v => Assert.Empty(v.Sandbox));
    }

    [Theory]
    [InlineData("sandbox.acme.test", "https://sandbox.acme.test/v1", "acme", "Acme:BaseUrl", null)]
    [InlineData("sandbox.acme.test=api.acme.test", "https://SANDBOX.acme.test", "acme", "Acme:BaseUrl", "https://api.acme.test")]
    [InlineData("other.example, *.qa.partner-pay.example = https://api.partner-pay.example/", "https://eu.qa.partner-pay.example", "partner-pay", "PartnerPay:BaseUrl", "https://api.partner-pay.example")]
    [InlineData("sandbox.example.com", "https://sandbox.example.com", "example", "Example:BaseUrl", null)]
    public void Matches_configured_sandbox_hosts(string option, string text, string apiName, string configKey, string? live)
    {
        Assert.True(UrlText.TryParse(text, out UrlText? url));
        Assert.True(SandboxHostOptions.Parse(option).TryMatch(url, out SandboxMatch? match));

        Assert.Null(match.Vendor);
        Assert.Equal(apiName, match.ApiName);
        Assert.Equal(configKey, match.ConfigKey);
        Assert.Equal(live, match.LiveBaseUrl);
    }

    [Theory]
    [InlineData("sandbox.acme.test", "https://sandbox.acme.test.evil")]
    [InlineData("*.qa.acme.test", "https://qa.acme.test")]
    [InlineData("not a host, =x, sandbox.acme.test=not a host", "https://sandbox.acme.test")]
    [InlineData("", "https://sandbox.acme.test")]
    public void Configured_hosts_match_whole_labels_only(string option, string text)
    {
        Assert.True(UrlText.TryParse(text, out UrlText? url));
        Assert.False(SandboxHostOptions.Parse(option).TryMatch(url, out _));
    }
}
