using Microsoft.CodeAnalysis.Testing;
using ParityKit.Analyzers.ThirdPartyApis;
using ParityKit.CodeFixes.ThirdPartyApis;
using Verify = ParityKit.Tests.Infrastructure.CodeFixVerifier<
    ParityKit.Analyzers.ThirdPartyApis.SandboxEndpointAnalyzer,
    ParityKit.CodeFixes.ThirdPartyApis.SandboxEndpointCodeFix>;

namespace ParityKit.Tests.ThirdPartyApis;

public class SandboxEndpointCodeFixTests
{
    // The shape of Microsoft.Extensions.Configuration.IConfiguration the fix looks for, without the package.
    private const string ConfigurationStub = """

        namespace Microsoft.Extensions.Configuration
        {
            public interface IConfiguration { string? this[string key] { get; set; } }
        }
        """;

    private const string PayPalDeclaration =
        """[assembly: ThirdPartyApi("paypal", ConfigKey = "PayPal:BaseUrl", Live = "https://api-m.paypal.com", Sandbox = "https://api-m.sandbox.paypal.com", PreviewTier = ApiTier.Sandbox)]""";

    [Fact]
    public Task Environment_fallback_without_IConfiguration() => Verify.VerifyAsync("""
        using System;

        namespace Shop;

        public class PayPalClient
        {
            public Uri BaseAddress { get; } = new Uri({|PK2001:"https://api-m.sandbox.paypal.com"|});
        }
        """, $$"""
        using System;
        using ParityKit;

        {{PayPalDeclaration}}

        namespace Shop;

        public class PayPalClient
        {
            public Uri BaseAddress { get; } = new Uri(Environment.GetEnvironmentVariable("PayPal__BaseUrl") ?? throw new InvalidOperationException("Environment variable 'PayPal__BaseUrl' is not set."));
        }
        """);

    [Fact]
    public Task IConfiguration_parameter_in_scope() => Verify.VerifyAsync("""
        using System;
        using System.Net.Http;
        using Microsoft.Extensions.Configuration;

        class PayPalClient
        {
            public PayPalClient(HttpClient client, IConfiguration configuration)
            {
                client.BaseAddress = new Uri({|PK2001:"https://api-m.sandbox.paypal.com"|});
            }
        }
        """ + ConfigurationStub, $$"""
        using System;
        using System.Net.Http;
        using Microsoft.Extensions.Configuration;
        using ParityKit;

        {{PayPalDeclaration}}

        class PayPalClient
        {
            public PayPalClient(HttpClient client, IConfiguration configuration)
            {
                client.BaseAddress = new Uri(configuration["PayPal:BaseUrl"] ?? throw new InvalidOperationException("Configuration value 'PayPal:BaseUrl' is missing."));
            }
        }
        """ + ConfigurationStub);

    [Fact]
    public Task IConfiguration_field_of_the_enclosing_type_and_path_kept() => Verify.VerifyAsync("""
        using Microsoft.Extensions.Configuration;

        class OrdersClient
        {
            private readonly IConfiguration _config;

            public OrdersClient(IConfiguration config) => _config = config;

            public string OrdersUrl() => {|PK2001:"https://api-m.sandbox.paypal.com/v2/checkout/orders"|};
        }
        """ + ConfigurationStub, $$"""
        using System;
        using Microsoft.Extensions.Configuration;
        using ParityKit;

        {{PayPalDeclaration}}

        class OrdersClient
        {
            private readonly IConfiguration _config;

            public OrdersClient(IConfiguration config) => _config = config;

            public string OrdersUrl() => (_config["PayPal:BaseUrl"] ?? throw new InvalidOperationException("Configuration value 'PayPal:BaseUrl' is missing.")) + "/v2/checkout/orders";
        }
        """ + ConfigurationStub);

    [Fact]
    public Task Primary_constructor_parameter_in_a_field_initializer() => Verify.VerifyAsync("""
        using System;
        using Microsoft.Extensions.Configuration;

        class PlaidClient(IConfiguration configuration)
        {
            private readonly Uri _link = new({|PK2001:"https://sandbox.plaid.com/link/token/create"|});
        }
        """ + ConfigurationStub, """
        using System;
        using Microsoft.Extensions.Configuration;
        using ParityKit;

        [assembly: ThirdPartyApi("plaid", ConfigKey = "Plaid:BaseUrl", Live = "https://production.plaid.com", Sandbox = "https://sandbox.plaid.com", PreviewTier = ApiTier.Sandbox)]

        class PlaidClient(IConfiguration configuration)
        {
            private readonly Uri _link = new((configuration["Plaid:BaseUrl"] ?? throw new InvalidOperationException("Configuration value 'Plaid:BaseUrl' is missing.")) + "/link/token/create");
        }
        """ + ConfigurationStub);

    [Fact]
    public Task Instance_configuration_is_not_used_from_a_static_method() => Verify.VerifyAsync("""
        using Microsoft.Extensions.Configuration;

        class C
        {
            private IConfiguration Configuration { get; } = null!;

            static string Url() => {|PK2001:"https://sandbox.plaid.com"|};
        }
        """ + ConfigurationStub, """
        using System;
        using Microsoft.Extensions.Configuration;
        using ParityKit;

        [assembly: ThirdPartyApi("plaid", ConfigKey = "Plaid:BaseUrl", Live = "https://production.plaid.com", Sandbox = "https://sandbox.plaid.com", PreviewTier = ApiTier.Sandbox)]

        class C
        {
            private IConfiguration Configuration { get; } = null!;

            static string Url() => Environment.GetEnvironmentVariable("Plaid__BaseUrl") ?? throw new InvalidOperationException("Environment variable 'Plaid__BaseUrl' is not set.");
        }
        """ + ConfigurationStub);

    [Fact]
    public Task Configuration_the_literal_cannot_reach_is_not_used() => Verify.VerifyAsync("""
        using System;
        using Microsoft.Extensions.Configuration;

        class C
        {
            void M(IConfiguration configuration)
            {
                Func<string> url = static () => {|PK2001:"https://sandbox.plaid.com"|};
                IConfiguration later = configuration;
            }
        }
        """ + ConfigurationStub, """
        using System;
        using Microsoft.Extensions.Configuration;
        using ParityKit;

        [assembly: ThirdPartyApi("plaid", ConfigKey = "Plaid:BaseUrl", Live = "https://production.plaid.com", Sandbox = "https://sandbox.plaid.com", PreviewTier = ApiTier.Sandbox)]

        class C
        {
            void M(IConfiguration configuration)
            {
                Func<string> url = static () => Environment.GetEnvironmentVariable("Plaid__BaseUrl") ?? throw new InvalidOperationException("Environment variable 'Plaid__BaseUrl' is not set.");
                IConfiguration later = configuration;
            }
        }
        """ + ConfigurationStub);

    [Fact]
    public Task Interpolated_string_replaces_only_the_base_url() => Verify.VerifyAsync("""
        using System;

        class C
        {
            string Order(string id) => {|PK2001:$"https://api-m.sandbox.paypal.com/v2/checkout/orders/{id}?expand={{all}}"|};
        }
        """, """
        using System;
        using ParityKit;

        [assembly: ThirdPartyApi("paypal", ConfigKey = "PayPal:BaseUrl", Live = "https://api-m.paypal.com", Sandbox = "https://api-m.sandbox.paypal.com", PreviewTier = ApiTier.Sandbox)]

        class C
        {
            string Order(string id) => $"{Environment.GetEnvironmentVariable("PayPal__BaseUrl") ?? throw new InvalidOperationException("Environment variable 'PayPal__BaseUrl' is not set.")}/v2/checkout/orders/{id}?expand={{all}}";
        }
        """);

    [Fact]
    public Task Const_field_becomes_static_readonly() => Verify.VerifyAsync("""
        static class Endpoints
        {
            public const string Klarna = {|PK2001:"https://api.playground.klarna.com/payments/v1"|};
        }
        """, """
        using System;
        using ParityKit;

        [assembly: ThirdPartyApi("klarna", ConfigKey = "Klarna:BaseUrl", Live = "https://api.klarna.com", Sandbox = "https://api.playground.klarna.com", PreviewTier = ApiTier.Sandbox)]

        static class Endpoints
        {
            public static readonly string Klarna = (Environment.GetEnvironmentVariable("Klarna__BaseUrl") ?? throw new InvalidOperationException("Environment variable 'Klarna__BaseUrl' is not set.")) + "/payments/v1";
        }
        """);

    [Fact]
    public Task Const_local_stops_being_const() => Verify.VerifyAsync("""
        using Microsoft.Extensions.Configuration;

        class C
        {
            string M(IConfiguration configuration)
            {
                const string baseUrl = {|PK2001:"https://sandboxapi.rapyd.net"|};
                return baseUrl;
            }
        }
        """ + ConfigurationStub, """
        using System;
        using Microsoft.Extensions.Configuration;
        using ParityKit;

        [assembly: ThirdPartyApi("rapyd", ConfigKey = "Rapyd:BaseUrl", Live = "https://api.rapyd.net", Sandbox = "https://sandboxapi.rapyd.net", PreviewTier = ApiTier.Sandbox)]

        class C
        {
            string M(IConfiguration configuration)
            {
                string baseUrl = configuration["Rapyd:BaseUrl"] ?? throw new InvalidOperationException("Configuration value 'Rapyd:BaseUrl' is missing.");
                return baseUrl;
            }
        }
        """ + ConfigurationStub);

    [Fact]
    public Task Existing_declaration_is_reused_and_nothing_is_added() => Verify.VerifyAsync("""
        using System;
        using ParityKit;

        [assembly: ThirdPartyApi("payments", ConfigKey = "Payments:PayPalUrl", Sandbox = "https://api-m.sandbox.paypal.com")]

        class C
        {
            Uri U = new({|PK2001:"https://api-m.sandbox.paypal.com/v1"|});
        }
        """, """
        using System;
        using ParityKit;

        [assembly: ThirdPartyApi("payments", ConfigKey = "Payments:PayPalUrl", Sandbox = "https://api-m.sandbox.paypal.com")]

        class C
        {
            Uri U = new((Environment.GetEnvironmentVariable("Payments__PayPalUrl") ?? throw new InvalidOperationException("Environment variable 'Payments__PayPalUrl' is not set.")) + "/v1");
        }
        """);

    [Fact]
    public Task Declarations_file_receives_the_declaration()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(("/0/ParityDeclarations.cs", """
            using ParityKit;

            [assembly: ParityApp("shop")]
            [assembly: RequiresSetting("Checkout:Currency", Default = "USD")]

            """));
        test.TestState.Sources.Add(("/0/SquareClient.cs", """
            class SquareClient
            {
                string BaseUrl => {|PK2001:"https://connect.squareupsandbox.com"|};
            }
            """));
        test.FixedState.Sources.Add(("/0/ParityDeclarations.cs", """
            using ParityKit;

            [assembly: ParityApp("shop")]
            [assembly: RequiresSetting("Checkout:Currency", Default = "USD")]
            [assembly: ThirdPartyApi("square", ConfigKey = "Square:BaseUrl", Live = "https://connect.squareup.com", Sandbox = "https://connect.squareupsandbox.com", PreviewTier = ApiTier.Sandbox)]

            """));
        test.FixedState.Sources.Add(("/0/SquareClient.cs", """
            using System;

            class SquareClient
            {
                string BaseUrl => Environment.GetEnvironmentVariable("Square__BaseUrl") ?? throw new InvalidOperationException("Environment variable 'Square__BaseUrl' is not set.");
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Fix_all_declares_each_api_once()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(("/0/Orders.cs", """
            class Orders
            {
                string A = {|PK2001:"https://api-m.sandbox.paypal.com/v2/checkout/orders"|};
                string B = {|PK2001:"https://api-m.sandbox.paypal.com/v2/payments"|};
            }
            """));
        test.TestState.Sources.Add(("/0/Tokens.cs", """
            class Tokens
            {
                string T = {|PK2001:"https://api-m.sandbox.paypal.com/v1/oauth2/token"|};
            }
            """));
        test.FixedState.Sources.Add(("/0/Orders.cs", $$"""
            using System;
            using ParityKit;

            {{PayPalDeclaration}}

            class Orders
            {
                string A = (Environment.GetEnvironmentVariable("PayPal__BaseUrl") ?? throw new InvalidOperationException("Environment variable 'PayPal__BaseUrl' is not set.")) + "/v2/checkout/orders";
                string B = (Environment.GetEnvironmentVariable("PayPal__BaseUrl") ?? throw new InvalidOperationException("Environment variable 'PayPal__BaseUrl' is not set.")) + "/v2/payments";
            }
            """));
        test.FixedState.Sources.Add(("/0/Tokens.cs", """
            using System;

            class Tokens
            {
                string T = (Environment.GetEnvironmentVariable("PayPal__BaseUrl") ?? throw new InvalidOperationException("Environment variable 'PayPal__BaseUrl' is not set.")) + "/v1/oauth2/token";
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Fix_all_is_per_api_and_a_second_api_gets_its_own_declaration()
    {
        var test = new Verify.Test
        {
            TestCode = """
                class C
                {
                    string A = {|PK2001:"https://api-m.sandbox.paypal.com/v2"|};
                    string B = {|PK2001:"https://sandbox.plaid.com/link"|};
                    string D = {|PK2001:"https://www.sandbox.paypal.com/checkoutnow"|};
                }
                """,
            FixedCode = """
                using System;
                using ParityKit;

                [assembly: ThirdPartyApi("paypal", ConfigKey = "PayPal:BaseUrl", Live = "https://api-m.paypal.com", Sandbox = "https://api-m.sandbox.paypal.com", PreviewTier = ApiTier.Sandbox)]
                [assembly: ThirdPartyApi("plaid", ConfigKey = "Plaid:BaseUrl", Live = "https://production.plaid.com", Sandbox = "https://sandbox.plaid.com", PreviewTier = ApiTier.Sandbox)]
                [assembly: ThirdPartyApi("paypal-web", ConfigKey = "PayPal:WebBaseUrl", Live = "https://www.paypal.com", Sandbox = "https://www.sandbox.paypal.com", PreviewTier = ApiTier.Sandbox)]

                class C
                {
                    string A = (Environment.GetEnvironmentVariable("PayPal__BaseUrl") ?? throw new InvalidOperationException("Environment variable 'PayPal__BaseUrl' is not set.")) + "/v2";
                    string B = (Environment.GetEnvironmentVariable("Plaid__BaseUrl") ?? throw new InvalidOperationException("Environment variable 'Plaid__BaseUrl' is not set.")) + "/link";
                    string D = (Environment.GetEnvironmentVariable("PayPal__WebBaseUrl") ?? throw new InvalidOperationException("Environment variable 'PayPal__WebBaseUrl' is not set.")) + "/checkoutnow";
                }
                """,

            // One Fix All per API: the paypal one leaves plaid and paypal-web alone.
            NumberOfFixAllIterations = 3,
        };
        return test.RunAsync();
    }

    [Fact]
    public Task Raw_interpolated_string_keeps_its_brace_count()
    {
        // Markup would read "$$" as a caret position, so this test states its diagnostic explicitly.
        var test = new Verify.Test
        {
            TestCode = """"
                class C
                {
                    string Url(int port, string id) => $$"""https://api-m.sandbox.paypal.com:{{port}}/v2/{{id}}/{literal}""";
                }
                """",
            FixedCode = """"
                using System;
                using ParityKit;

                [assembly: ThirdPartyApi("paypal", ConfigKey = "PayPal:BaseUrl", Live = "https://api-m.paypal.com", Sandbox = "https://api-m.sandbox.paypal.com", PreviewTier = ApiTier.Sandbox)]

                class C
                {
                    string Url(int port, string id) => $$"""{{Environment.GetEnvironmentVariable("PayPal__BaseUrl") ?? throw new InvalidOperationException("Environment variable 'PayPal__BaseUrl' is not set.")}}:{{port}}/v2/{{id}}/{literal}""";
                }
                """",
        };
        test.TestState.MarkupHandling = MarkupMode.None;
        test.FixedState.MarkupHandling = MarkupMode.None;
        test.TestState.ExpectedDiagnostics.Add(new DiagnosticResult("PK2001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithSpan(3, 40, 3, 109));
        return test.RunAsync();
    }

    [Fact]
    public Task File_header_stays_on_top_and_a_doc_comment_stays_on_its_type() => Verify.VerifyAsync("""
        // Copyright (c) Shop.

        /// <summary>Talks to eBay.</summary>
        class EbayClient
        {
            string Token = {|PK2001:"https://auth.sandbox.ebay.com/identity/v1/oauth2/token"|};
        }
        """, """
        // Copyright (c) Shop.

        using System;
        using ParityKit;

        [assembly: ThirdPartyApi("ebay-auth", ConfigKey = "Ebay:AuthBaseUrl", Live = "https://auth.ebay.com", Sandbox = "https://auth.sandbox.ebay.com", PreviewTier = ApiTier.Sandbox)]

        /// <summary>Talks to eBay.</summary>
        class EbayClient
        {
            string Token = (Environment.GetEnvironmentVariable("Ebay__AuthBaseUrl") ?? throw new InvalidOperationException("Environment variable 'Ebay__AuthBaseUrl' is not set.")) + "/identity/v1/oauth2/token";
        }
        """);

    [Fact]
    public Task Top_level_statements()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using System.Net.Http;

                var client = new HttpClient { BaseAddress = new System.Uri({|PK2001:"https://api.sandbox.checkout.com/"|}) };
                """,
            FixedCode = """
                using System;
                using System.Net.Http;
                using ParityKit;

                [assembly: ThirdPartyApi("checkout-com", ConfigKey = "CheckoutCom:BaseUrl", Live = "https://api.checkout.com", Sandbox = "https://api.sandbox.checkout.com", PreviewTier = ApiTier.Sandbox)]

                var client = new HttpClient { BaseAddress = new System.Uri((Environment.GetEnvironmentVariable("CheckoutCom__BaseUrl") ?? throw new InvalidOperationException("Environment variable 'CheckoutCom__BaseUrl' is not set.")) + "/") };
                """,
        };
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        test.FixedState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        return test.RunAsync();
    }

    [Fact]
    public Task Placeholder_live_endpoint_is_left_for_the_user_to_declare() => Verify.VerifyAsync("""
        class C
        {
            string A = {|PK2001:"https://checkout-test.adyen.com"|};
        }
        """, """
        using System;
        using ParityKit;

        [assembly: ThirdPartyApi("adyen", ConfigKey = "Adyen:BaseUrl", Sandbox = "https://checkout-test.adyen.com", PreviewTier = ApiTier.Sandbox)]

        class C
        {
            string A = Environment.GetEnvironmentVariable("Adyen__BaseUrl") ?? throw new InvalidOperationException("Environment variable 'Adyen__BaseUrl' is not set.");
        }
        """);

    [Fact]
    public Task User_configured_host_gets_a_derived_name()
    {
        var test = new Verify.Test
        {
            TestCode = """
                class C
                {
                    string A = {|PK2001:"https://sandbox.acme-pay.test/v1"|};
                }
                """,
            FixedCode = """
                using System;
                using ParityKit;

                [assembly: ThirdPartyApi("acme-pay", ConfigKey = "AcmePay:BaseUrl", Live = "https://api.acme-pay.test", Sandbox = "https://sandbox.acme-pay.test", PreviewTier = ApiTier.Sandbox)]

                class C
                {
                    string A = (Environment.GetEnvironmentVariable("AcmePay__BaseUrl") ?? throw new InvalidOperationException("Environment variable 'AcmePay__BaseUrl' is not set.")) + "/v1";
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nparitykit.sandbox_hosts = sandbox.acme-pay.test=api.acme-pay.test\n"));
        return test.RunAsync();
    }

    // ---- no fix where a constant is required or the value is not a base URL ---------------------------------------

    [Fact]
    public Task No_fix_where_a_constant_is_required() => VerifyNoFixAsync("""
        using System;

        [AttributeUsage(AttributeTargets.All)]
        sealed class EndpointAttribute(string url) : Attribute { public string Url { get; } = url; }

        [Endpoint({|PK2001:"https://api.sandbox.paypal.com"|})]
        class C
        {
            void Call(string url = {|PK2001:"https://api-m.sandbox.paypal.com"|}) { }

            bool IsSandbox(string url)
            {
                switch (url)
                {
                    case {|PK2001:"https://sandbox.plaid.com"|}:
                        return true;
                }

                return url is {|PK2001:"https://api.sandbox.ebay.com"|};
            }
        }
        """);

    [Fact]
    public Task No_fix_for_a_const_used_where_a_constant_is_required() => VerifyNoFixAsync("""
        static class Endpoints
        {
            public const string Base = {|PK2001:"https://api-m.sandbox.paypal.com"|};
            public const string Orders = Base + "/v2/checkout/orders";

            static bool Is(string url) => url switch { Base => true, _ => false };
        }
        """);

    [Fact]
    public Task No_fix_for_bare_hosts_and_utf8_literals() => VerifyNoFixAsync("""
        using System;

        class C
        {
            string Host = {|PK2001:"api.sandbox.paypal.com"|};
            ReadOnlySpan<byte> Utf8 => {|PK2001:"https://api.sandbox.paypal.com"u8|};
        }
        """);

    private static Task VerifyNoFixAsync(string source) => new Verify.Test { TestCode = source, FixedCode = source }.RunAsync();
}
