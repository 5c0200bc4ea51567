using ParityKit.Analyzers.ThirdPartyApis;
using ParityKit.CodeFixes.ThirdPartyApis;
using ParityKit.Tests.Infrastructure;

namespace ParityKit.Tests.ThirdPartyApis;

/// <summary>PK2003 (move the key to a declared secret) and PK2002 (move the base URL to configuration, declare the API).</summary>
public class VendorKeyAndEndpointCodeFixTests
{
    [Fact]
    public Task PK2003_key_becomes_a_declared_secret_read_from_IConfiguration() =>
        CodeFixVerifier<VendorKeyAnalyzer, VendorKeyCodeFix>.VerifyWithConfigurationAsync("""
            using Microsoft.Extensions.Configuration;

            namespace Shop;

            class Webhooks(IConfiguration configuration)
            {
                string Secret = {|PK2003:"whsec_9f8e7d6c5b4a39281706"|};
            }
            """, """
            using System;
            using Microsoft.Extensions.Configuration;
            using ParityKit;

            [assembly: RequiresSecret("Stripe:WebhookSecret")]

            namespace Shop;

            class Webhooks(IConfiguration configuration)
            {
                string Secret = configuration["Stripe:WebhookSecret"] ?? throw new InvalidOperationException("Configuration value 'Stripe:WebhookSecret' is missing.");
            }
            """);

    [Fact]
    public Task PK2003_embedded_key_keeps_the_rest_of_the_literal_and_const_stops_being_const() =>
        CodeFixVerifier<VendorKeyAnalyzer, VendorKeyCodeFix>.VerifyAsync("""
            using ParityKit;

            [assembly: RequiresSecret("Stripe:ApiKey")]

            static class Auth
            {
                const string Header = {|PK2003:"Bearer sk_test_4eC39HqLyjWDarjtT1zdp7dc"|};
                public static string Value() => Header;
            }
            """, """
            using System;
            using ParityKit;

            [assembly: RequiresSecret("Stripe:ApiKey")]

            static class Auth
            {
                static readonly string Header = "Bearer " + (Environment.GetEnvironmentVariable("Stripe__ApiKey") ?? throw new InvalidOperationException("Environment variable 'Stripe__ApiKey' is not set."));
                public static string Value() => Header;
            }
            """);

    [Fact]
    public Task PK2002_base_url_moves_to_configuration_and_the_api_is_declared() =>
        CodeFixVerifier<ExternalEndpointAnalyzer, ExternalEndpointCodeFix>.VerifyWithConfigurationAsync("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Configuration;

            class Geo(HttpClient http, IConfiguration configuration)
            {
                Task<string> Find(string q) => http.GetStringAsync({|PK2002:$"https://api.geocode.io/v1/search?q={q}"|});
            }
            """, """
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Configuration;
            using ParityKit;

            [assembly: ThirdPartyApi("geocode", ConfigKey = "Geocode:BaseUrl", Live = "https://api.geocode.io")]

            class Geo(HttpClient http, IConfiguration configuration)
            {
                Task<string> Find(string q) => http.GetStringAsync($"{configuration["Geocode:BaseUrl"] ?? throw new InvalidOperationException("Configuration value 'Geocode:BaseUrl' is missing.")}/v1/search?q={q}");
            }
            """);
}
