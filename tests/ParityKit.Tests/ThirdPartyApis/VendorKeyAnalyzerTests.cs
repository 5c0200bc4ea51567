using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using ParityKit.Analyzers.ThirdPartyApis;
using Verify = ParityKit.Tests.Infrastructure.AnalyzerVerifier<ParityKit.Analyzers.ThirdPartyApis.VendorKeyAnalyzer>;

namespace ParityKit.Tests.ThirdPartyApis;

/// <summary>PK2003: vendor keys in code; live secret keys are errors, the rest warnings; messages show the prefix only.</summary>
public class VendorKeyAnalyzerTests
{
    // Shaped like real keys, valid for nobody.
    private const string LiveKey = "sk_live_51HxAbCdEfGh1234567890";
    private const string TestKey = "sk_test_4eC39HqLyjWDarjtT1zdp7dc";
    private const string WebhookSecret = "whsec_9f8e7d6c5b4a39281706";

    [Fact]
    public Task Live_secret_key_is_an_error_and_the_message_shows_only_its_prefix()
    {
        var test = Verify.Create($$"""
            class Payments
            {
                string Key = {|#0:"{{LiveKey}}"|};
            }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PK2003", DiagnosticSeverity.Error).WithLocation(0).WithArguments(
            "A Stripe live secret key",
            "sk_live_",
            "every environment that runs this code acts on production with it, and everyone who can read the repository holds it (rotate it)",
            " (e.g. 'Stripe:ApiKey')"));
        return test.RunAsync();
    }

    [Fact]
    public Task Test_keys_and_tierless_secrets_are_warnings()
    {
        var test = Verify.Create($$"""
            class Payments
            {
                string A = {|#0:"{{TestKey}}"|};
                string B = {|#1:"{{WebhookSecret}}"|};
                string C = {|#2:"pk_test_51HxAbCdEfGh1234567890"|};
                string D = {|#3:"pk_live_51HxAbCdEfGh1234567890"|};
            }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PK2003", DiagnosticSeverity.Warning).WithLocation(0)
            .WithArguments("A Stripe test-mode secret key", "sk_test_", "production never accepts it, so whatever was checked against the vendor's test mode says nothing about production", " (e.g. 'Stripe:ApiKey')"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PK2003", DiagnosticSeverity.Warning).WithLocation(1)
            .WithArguments("A Stripe secret", "whsec_", "every environment gets the same value, whichever tier it belongs to", " (e.g. 'Stripe:WebhookSecret')"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PK2003", DiagnosticSeverity.Warning).WithLocation(2)
            .WithArguments("A Stripe test-mode publishable key", "pk_test_", "production never accepts it, so whatever was checked against the vendor's test mode says nothing about production", " (e.g. 'Stripe:PublishableKey')"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PK2003", DiagnosticSeverity.Warning).WithLocation(3)
            .WithArguments("A Stripe live publishable key", "pk_live_", "previews built from this code talk to the live tier", " (e.g. 'Stripe:PublishableKey')"));
        return test.RunAsync();
    }

    [Fact]
    public Task Other_vendors_and_literal_forms() => Verify.VerifyAsync(""""
        using System;

        class Keys
        {
            string Razorpay = {|PK2003:"rzp_test_1DP5mmOlF5G5ag"|};
            string Plaid = {|PK2003:"access-sandbox-8ab976e6-64bc-4b38-98f7-731e7a349970"|};
            string Mollie = {|PK2003:"test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM1"|};
            string Flutterwave = {|PK2003:"FLWSECK_TEST-9a8b7c6d5e4f3a2b1c0d-X"|};
            string Checkout = {|PK2003:"sk_sbox_m73dzbpy7cf3gfd46xr4yj5xo4e"|};
            string Square = {|PK2003:"sandbox-sq0idb-1a2B3c4D5e6F7g8H9"|};
            string Header = {|PK2003:"Bearer sk_test_4eC39HqLyjWDarjtT1zdp7dc"|};
            string Interpolated(string id) => {|PK2003:$"{id}:sk_test_4eC39HqLyjWDarjtT1zdp7dc"|};
            string Raw = {|PK2003:"""rk_live_51HxAbCdEfGh1234567890"""|};
            ReadOnlySpan<byte> Utf8 => {|PK2003:"sk_test_4eC39HqLyjWDarjtT1zdp7dc"u8|};
        }
        """");

    [Fact]
    public Task Does_not_fire_on_prefixes_placeholders_and_short_or_wordy_tails() => Verify.VerifyAsync("""
        class Keys
        {
            bool IsLive(string key) => key.StartsWith("sk_live_");
            string A = "sk_test_your_key_here";
            string B = "sk_live_XXXXXXXXXXXXXXXX";
            string C = "sk_test_123";
            string D = "test_should_return_value_when_missing";
            string E = "test_a1b2c3";
            string F = "mask_live_4eC39HqLyjWDarjtT1zdp7dc";
            string G = "sk_abc123def456ghi789";
            string H = "Set Stripe:ApiKey to your sk_test_ key";
        }
        """);

    [Fact]
    public Task Editorconfig_severity_applies_to_live_keys_too()
    {
        var test = Verify.Create($$"""
            class Payments
            {
                string Key = {|#0:"{{LiveKey}}"|};
            }
            """);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.PK2003.severity = warning\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PK2003", DiagnosticSeverity.Warning).WithLocation(0).WithArguments(
            "A Stripe live secret key", "sk_live_",
            "every environment that runs this code acts on production with it, and everyone who can read the repository holds it (rotate it)",
            " (e.g. 'Stripe:ApiKey')"));
        return test.RunAsync();
    }

    [Fact]
    public Task Editorconfig_none_silences_live_keys()
    {
        var test = Verify.Create($$"""
            class Payments
            {
                string Key = "{{LiveKey}}";
            }
            """);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.PK2003.severity = none\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task Test_projects_are_skipped()
    {
        var test = Verify.Create($$"""class Payments { string Key = "{{LiveKey}}"; }""").WithGlobalConfig("build_property.IsTestProject = true");
        return test.RunAsync();
    }

    [Fact]
    public void Every_catalog_prefix_is_found_and_reported_by_prefix_only()
    {
        foreach (Vendor vendor in VendorCatalog.Embedded.Vendors)
        {
            foreach (string prefix in vendor.Keys.Live.Concat(vendor.Keys.Sandbox))
            {
                string key = prefix + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6";
                VendorKeyMatch match = Assert.Single(VendorKeyScanner.Embedded.Find("x " + key + " y"));
                Assert.Equal(prefix, match.Prefix);
                Assert.Equal(2, match.Start);
                Assert.Equal(key.Length, match.Length);
                Assert.Equal(vendor.Name, match.Vendor.Name);
            }
        }
    }

    [Fact]
    public void Minimum_key_length_is_respected()
    {
        Assert.Empty(VendorKeyScanner.Embedded.Find("test_a1b2c3d4e5f6"));
        Assert.Single(VendorKeyScanner.Embedded.Find("test_a1b2c3d4e5f6g7h8i9j0k1l2m3n4"));
    }
}
