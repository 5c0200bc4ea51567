using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = ParityKit.Tests.Infrastructure.AnalyzerVerifier<ParityKit.Analyzers.ThirdPartyApis.ExternalEndpointAnalyzer>;

namespace ParityKit.Tests.ThirdPartyApis;

/// <summary>PK2002: absolute URLs to external hosts passed to HTTP APIs, not declared as a [ThirdPartyApi] tier.</summary>
public class ExternalEndpointAnalyzerTests
{
    [Fact]
    public Task Message_names_the_base_url_and_host()
    {
        var test = Verify.Create("""
            using System;

            class Geo
            {
                Uri Base = new Uri({|#0:"https://api.geocode.io/v1/"|});
            }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PK2002", DiagnosticSeverity.Info).WithLocation(0)
            .WithArguments("https://api.geocode.io", "api.geocode.io"));
        return test.RunAsync();
    }

    [Fact]
    public Task Every_sink() => Verify.VerifyAsync("""
        using System;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Threading.Tasks;

        class Client
        {
            const string Weather = "https://api.weather.io/forecast";

            async Task M(HttpClient http, string city)
            {
                http.BaseAddress = new Uri({|PK2002:"https://api.geocode.io"|});
                await http.GetAsync({|PK2002:"https://api.geocode.io/v1/search"|});
                await http.PostAsync({|PK2002:"http://api.shipping.io/labels"|}, null);
                await http.GetStringAsync({|PK2002:Weather|});
                await http.GetFromJsonAsync<string>({|PK2002:$"https://api.weather.io/v2/{city}"|});
                await http.PostAsJsonAsync({|PK2002:"https://hooks.slack.com/services/T0/B0/X"|}, new { text = "hi" });
                using var request = new HttpRequestMessage(HttpMethod.Get, {|PK2002:"https://api.geocode.io/v1/reverse"|});
                await http.SendAsync(request);
                _ = new Uri({|PK2002:"https://8.8.8.8/resolve"|}, UriKind.Absolute);
            }
        }
        """);

    [Fact]
    public Task Does_not_fire() => Verify.VerifyAsync("""
        using System;
        using System.Net.Http;
        using System.Threading.Tasks;
        using ParityKit;

        [assembly: ThirdPartyApi("stripe", ConfigKey = "Stripe:BaseUrl", Live = "https://api.stripe.com", Sandbox = "https://api.stripe.com")]

        class Client
        {
            async Task M(HttpClient http, string baseUrl, string id)
            {
                await http.GetAsync("https://api.stripe.com/v1/charges");
                await http.GetAsync("/v1/search");
                await http.GetAsync("data.json");
                await http.GetAsync(baseUrl + "/v1");
                await http.GetAsync($"{baseUrl}/v1/{id}");
                _ = new Uri("http://localhost:5000/health");
                _ = new Uri("http://127.0.0.1:8080");
                _ = new Uri("http://10.0.0.12/metrics");
                _ = new Uri("http://192.168.1.20/");
                _ = new Uri("http://[::1]:5000/");
                _ = new Uri("http://orders-service/api");
                _ = new Uri("https://shop.example.com/cart");
                _ = new Uri("https://api.shop.test/v1");
                _ = new Uri("http://printer.local/status");
                _ = new Uri("https://db.svc.cluster.local/");
                _ = new Uri("ftp://files.acme.io/report.csv");
                _ = new Uri("https://api-m.sandbox.paypal.com/v2");
                _ = new Uri(new Uri(baseUrl), "https://api.geocode.io/v1");
                string notASink = "https://api.geocode.io/v1";
            }
        }
        """);

    [Fact]
    public Task User_sandbox_hosts_are_left_to_PK2001() => Verify.Create("""
        using System;

        class C { Uri A = new Uri("https://sandbox.acme-pay.io/v1"); }
        """).WithGlobalConfig("paritykit.sandbox_hosts = sandbox.acme-pay.io=api.acme-pay.io").RunAsync();

    [Fact]
    public Task Test_projects_are_skipped() => Verify.Create("""
        using System;

        class C { Uri A = new Uri("https://api.geocode.io/v1"); }
        """).WithGlobalConfig("build_property.IsTestProject = true").RunAsync();
}
