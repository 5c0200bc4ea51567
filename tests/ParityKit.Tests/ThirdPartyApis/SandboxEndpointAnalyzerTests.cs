using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using ParityKit.Analyzers.ThirdPartyApis;
using ParityKit.Tests.Infrastructure;
using Verify = ParityKit.Tests.Infrastructure.AnalyzerVerifier<ParityKit.Analyzers.ThirdPartyApis.SandboxEndpointAnalyzer>;

namespace ParityKit.Tests.ThirdPartyApis;

public class SandboxEndpointAnalyzerTests
{
    private static DiagnosticResult PK2001(int location) => new DiagnosticResult("PK2001", DiagnosticSeverity.Warning).WithLocation(location);

    // ---- fires -------------------------------------------------------------------------------------------------------

    [Fact]
    public Task Plain_literal_names_host_vendor_and_live_counterpart()
    {
        var test = Verify.Create("""
            class PayPalClient
            {
                string BaseUrl = {|#0:"https://api-m.sandbox.paypal.com"|};
            }
            """);
        test.ExpectedDiagnostics.Add(PK2001(0).WithArguments("https://api-m.sandbox.paypal.com", "PayPal", "'https://api-m.paypal.com'"));
        return test.RunAsync();
    }

    [Fact]
    public Task Url_with_path_query_and_port() => Verify.VerifyAsync("""
        class C
        {
            string A = {|PK2001:"https://api-m.sandbox.paypal.com/v2/checkout/orders"|};
            string B = {|PK2001:"https://api-m.sandbox.paypal.com/v1/oauth2/token?grant_type=client_credentials"|};
            string D = {|PK2001:"https://api.sandbox.paypal.com:443/v1/payments"|};
            string E = {|PK2001:"  https://sandbox.plaid.com/link/token/create  "|};
            string F = {|PK2001:"https://sandbox.braintreegateway.com/merchants/{0}/transactions"|};
        }
        """);

    [Fact]
    public Task Uri_constructor_and_HttpClient_BaseAddress() => Verify.VerifyAsync("""
        using System;
        using System.Net.Http;

        class C
        {
            void M(HttpClient client)
            {
                var token = new Uri({|PK2001:"https://api.sandbox.ebay.com/identity/v1/oauth2/token"|});
                client.BaseAddress = new Uri({|PK2001:"https://connect.squareupsandbox.com/"|});
            }
        }
        """);

    [Fact]
    public Task Const_field_and_local() => Verify.VerifyAsync("""
        static class Endpoints
        {
            public const string Klarna = {|PK2001:"https://api.playground.klarna.com"|};

            static string Local()
            {
                const string rapyd = {|PK2001:"https://sandboxapi.rapyd.net/v1"|};
                return rapyd;
            }
        }
        """);

    [Fact]
    public Task Interpolated_string_starting_with_the_endpoint() => Verify.VerifyAsync(""""
        class C
        {
            string Order(string id) => {|PK2001:$"https://api-m.sandbox.paypal.com/v2/checkout/orders/{id}"|};
            string Port(int port) => {|PK2001:$"https://api-m.sandbox.paypal.com:{port}/v2"|};
            string NoHoles() => {|PK2001:$"https://checkout-test.adyen.com/v71/payments"|};
            string Raw(string id) => {|PK2001:$"""https://apitest.authorize.net/xml/v1/{id}"""|};
        }
        """");

    [Fact]
    public Task Raw_verbatim_and_utf8_literals() => Verify.VerifyAsync(""""
        using System;

        class C
        {
            string Raw = {|PK2001:"""https://api.sandbox.checkout.com/payments"""|};
            string Verbatim = {|PK2001:@"https://test.salesforce.com/services/oauth2/token"|};
            ReadOnlySpan<byte> Utf8 => {|PK2001:"https://auth.sandbox.ebay.com/oauth2"u8|};
        }
        """");

    [Fact]
    public Task Wildcard_host_matches_any_subdomain()
    {
        var test = Verify.Create("""
            class C
            {
                string A = {|#0:"https://xyz.api.sandbox.checkout.com/payments"|};
            }
            """);
        test.ExpectedDiagnostics.Add(PK2001(0).WithArguments("https://xyz.api.sandbox.checkout.com", "Checkout.com", "'https://xyz.api.checkout.com'"));
        return test.RunAsync();
    }

    [Fact]
    public Task Url_pattern_with_path_prefix_and_fragment()
    {
        var test = Verify.Create("""
            class C
            {
                string A = {|#0:"https://pay-api.amazon.com/sandbox/v2/checkoutSessions"|};
                string B = {|PK2001:"https://mws.amazonservices.com/OffAmazonPayments_Sandbox/2013-01-01"|};
            }
            """);
        test.ExpectedDiagnostics.Add(PK2001(0).WithArguments("https://pay-api.amazon.com/sandbox", "Amazon Pay", "'https://pay-api.amazon.com/live'"));
        return test.RunAsync();
    }

    [Fact]
    public Task Upper_case_host_and_bare_host()
    {
        var test = Verify.Create("""
            class C
            {
                string A = {|#0:"HTTPS://API-M.SANDBOX.PAYPAL.COM/v2"|};
                string Host = {|#1:"api.sandbox.paypal.com"|};
            }
            """);
        test.ExpectedDiagnostics.Add(PK2001(0).WithArguments("HTTPS://API-M.SANDBOX.PAYPAL.COM", "PayPal", "'https://api-m.paypal.com'"));
        test.ExpectedDiagnostics.Add(PK2001(1).WithArguments("api.sandbox.paypal.com", "PayPal", "'api.paypal.com'"));
        return test.RunAsync();
    }

    [Fact]
    public Task User_configured_hosts_from_globalconfig()
    {
        var test = Verify.Create("""
            class C
            {
                string A = {|#0:"https://sandbox.acme-pay.test/v1/charges"|};
                string B = {|#1:"https://eu.qa.partner.example/orders"|};
                string Live = "https://api.acme-pay.test/v1/charges";
                string LookAlike = "https://sandbox.acme-pay.test.evil/v1";
            }
            """).WithGlobalConfig("paritykit.sandbox_hosts = sandbox.acme-pay.test=api.acme-pay.test, *.qa.partner.example");
        test.ExpectedDiagnostics.Add(PK2001(0).WithArguments("https://sandbox.acme-pay.test", "AcmePay (paritykit.sandbox_hosts)", "'https://api.acme-pay.test'"));
        test.ExpectedDiagnostics.Add(PK2001(1).WithArguments("https://eu.qa.partner.example", "Partner (paritykit.sandbox_hosts)", "the live endpoint configured per environment"));
        return test.RunAsync();
    }

    [Fact]
    public Task User_configured_hosts_from_an_editorconfig_section()
    {
        var test = Verify.Create("""
            class C
            {
                string A = {|PK2001:"https://sandbox.acme.test"|};
            }
            """);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nparitykit.sandbox_hosts = sandbox.acme.test\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task Attributes_other_than_ThirdPartyApi_are_analysed() => Verify.VerifyAsync("""
        using System;

        [AttributeUsage(AttributeTargets.All)]
        sealed class EndpointAttribute(string url) : Attribute { public string Url { get; } = url; }

        [Endpoint({|PK2001:"https://api.sandbox.paypal.com"|})]
        class C { }
        """);

    // ---- does not fire -----------------------------------------------------------------------------------------------

    [Fact]
    public Task Live_hosts_and_unrelated_urls() => Verify.VerifyAsync("""
        class C
        {
            string A = "https://api-m.paypal.com/v2/checkout/orders";
            string B = "https://api.stripe.com/v1/charges";
            string D = "https://pay-api.amazon.com/live/v2/checkoutSessions";
            string E = "https://production.plaid.com";
            string F = "https://example.com/sandbox/docs";
            string G = "";
            string H = "no dots here";
        }
        """);

    [Fact]
    public Task Urls_in_comments_are_trivia() => Verify.VerifyAsync("""
        class C
        {
            // Sandbox: https://api-m.sandbox.paypal.com
            /* https://api.sandbox.paypal.com */
            /// <summary>Talks to https://sandbox.plaid.com in tests.</summary>
            void M() { }
        }
        """);

    [Fact]
    public Task Look_alike_hosts() => Verify.VerifyAsync("""
        class C
        {
            string A = "https://api.sandbox.paypal.com.attacker.test/v1";
            string B = "https://notapi.sandbox.paypal.com.evil";
            string D = "https://sandbox.paypal.com.cn";
            string E = "https://api.sandbox.paypal.com@evil.test/";
            string F = "notapi.sandbox.paypal.com";
            string G = "https://evilapi.sandbox.checkout.com";
            string H = "https://pay-api.amazon.com/sandboxed/v2";
        }
        """);

    [Fact]
    public Task Prose_that_mentions_a_sandbox() => Verify.VerifyAsync("""
        using System;

        class C
        {
            string A = "See https://developer.paypal.com/docs for sandbox setup";
            string B = "Could not reach api.sandbox.paypal.com";
            string D = "https://api.sandbox.paypal.com is unreachable";
            string E(int code) => $"Could not reach https://api-m.sandbox.paypal.com: {code}";
            string F(string path) => $"https://api-m.sandbox.paypal.com/v2 failed for {path}";
            string G(string host) => $"https://{host}.sandbox.paypal.com";
            string H(string suffix) => $"https://api-m.sandbox.paypal.com{suffix}";
            void M() => throw new InvalidOperationException("Set PayPal:BaseUrl, e.g. https://api-m.sandbox.paypal.com");
        }
        """);

    [Fact]
    public Task Non_http_schemes() => Verify.VerifyAsync("""
        class C
        {
            string A = "ftp://api.sandbox.paypal.com/reports";
            string B = "mailto:support@sandbox.paypal.com";
            string D = "support@api.sandbox.paypal.com";
            string E = "file://sandbox.plaid.com/share";
        }
        """);

    [Fact]
    public Task The_ThirdPartyApi_declaration_itself() => Verify.VerifyAsync("""
        using ParityKit;

        [assembly: ThirdPartyApi("paypal", ConfigKey = "PayPal:BaseUrl",
            Live = "https://api-m.paypal.com", Sandbox = "https://api-m.sandbox.paypal.com", PreviewTier = ApiTier.Sandbox)]
        [assembly: ParityKit.ThirdPartyApiAttribute("plaid", Sandbox = "https://sandbox.plaid.com" + "/")]
        """);

    [Fact]
    public Task Test_project_by_IsTestProject_property() => Verify.Create("""
        class C { string A = "https://api-m.sandbox.paypal.com"; }
        """).WithGlobalConfig("build_property.IsTestProject = true").RunAsync();

    [Fact]
    public Task Test_project_by_test_framework_reference()
    {
        var test = Verify.Create("""
            class C { string A = "https://api-m.sandbox.paypal.com"; }
            """);
        test.TestState.AdditionalReferences.Add(AssemblyNamed("xunit.core"));
        return test.RunAsync();
    }

    [Fact]
    public Task Test_project_analysed_when_opted_in()
    {
        var test = Verify.Create("""
            class C { string A = {|PK2001:"https://api-m.sandbox.paypal.com"|}; }
            """).WithGlobalConfig("build_property.IsTestProject = true\nparitykit.analyze_test_projects = true");
        test.TestState.AdditionalReferences.Add(AssemblyNamed("xunit.core"));
        return test.RunAsync();
    }

    [Fact]
    public Task Generated_code_by_header_and_by_file_name()
    {
        var test = Verify.Create("""
            // <auto-generated/>
            class Generated { string A = "https://api-m.sandbox.paypal.com"; }
            """);
        test.TestState.Sources.Add(("/0/Client.g.cs", "class GeneratedByName { string A = \"https://api-m.sandbox.paypal.com\"; }"));
        test.TestState.Sources.Add(("/0/Form1.Designer.cs", "class Designer { string A = \"https://api-m.sandbox.paypal.com\"; }"));
        return test.RunAsync();
    }

    [Fact]
    public Task Odd_code_does_not_crash_the_analyzer() => Verify.VerifyAsync(""""
        class C
        {
            string A = $"";
            string B = $"{1}https://api-m.sandbox.paypal.com";
            string D = $"https://";
            string E = "https://[";
            string F = "https://api-m.sandbox.paypal.com:99999";
            string G = "\uD800.";
            string H = $"""{1}""";
            string I = "https://" + "api-m.paypal.com";
        }
        """");

    /// <summary>A reference to an empty assembly with the given name, as a test framework's would be.</summary>
    private static MetadataReference AssemblyNamed(string name)
    {
        CSharpCompilation compilation = CSharpCompilation.Create(
            name,
            [CSharpSyntaxTree.ParseText("namespace Xunit { public sealed class FactAttribute : System.Attribute { } }")],
            TestReferences.Framework,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var stream = new MemoryStream();
        Assert.True(compilation.Emit(stream).Success);
        return MetadataReference.CreateFromImage(stream.ToArray());
    }
}
