using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = ParityKit.Tests.Infrastructure.AnalyzerVerifier<ParityKit.Analyzers.Settings.ConfigurationReadAnalyzer>;

namespace ParityKit.Tests.Settings;

/// <summary>PK3003: a declared secret or required setting read with a literal fallback.</summary>
public class SecretWithFallbackTests
{
    private const string Declarations = """
        using System;
        using Microsoft.Extensions.Configuration;
        using ParityKit;

        [assembly: RequiresSecret("ConnectionStrings:Catalog")]
        [assembly: RequiresSecret("Stripe:ApiKey")]
        [assembly: RequiresSetting("Db:Port")]
        [assembly: RequiresSetting("Checkout:Region")]
        [assembly: RequiresSetting("Checkout:Currency", Default = "USD")]
        [assembly: RequiresSetting("Search:PageSize", Required = false)]

        """;

    private static DiagnosticResult PK3003(int location, string key, string kind, string fallback) =>
        new DiagnosticResult("PK3003", DiagnosticSeverity.Warning).WithLocation(location).WithArguments(key, kind, fallback);

    [Fact]
    public Task Fires_on_coalescing_and_default_arguments()
    {
        var test = Verify.Create(Declarations + """
            class C
            {
                void M(IConfiguration configuration)
                {
                    _ = configuration.GetConnectionString("Catalog") ?? {|#0:"Host=old-db;Database=shop"|};
                    _ = configuration["Stripe:ApiKey"] ?? {|#1:"not-a-real-key"|};
                    _ = configuration.GetValue<int>("Db:Port", {|#2:5432|});
                    _ = configuration["Checkout:Region"] ?? {|#3:"eu-west"|};
                    _ = Environment.GetEnvironmentVariable("Checkout__Region") ?? {|#4:"us-east"|};
                    _ = configuration.GetSection("Checkout").GetValue<string>("Region") ?? {|#5:"ap-south"|};
                    _ = configuration["Checkout:Currency"] + configuration["Search:PageSize"];
                }
            }
            """).WithConfiguration();
        test.ExpectedDiagnostics.Add(PK3003(0, "ConnectionStrings:Catalog", "secret", "a literal value"));
        test.ExpectedDiagnostics.Add(PK3003(1, "Stripe:ApiKey", "secret", "a literal value"));
        test.ExpectedDiagnostics.Add(PK3003(2, "Db:Port", "required setting", "5432"));
        test.ExpectedDiagnostics.Add(PK3003(3, "Checkout:Region", "required setting", "\"eu-west\""));
        test.ExpectedDiagnostics.Add(PK3003(4, "Checkout:Region", "required setting", "\"us-east\""));
        test.ExpectedDiagnostics.Add(PK3003(5, "Checkout:Region", "required setting", "\"ap-south\""));
        return test.RunAsync();
    }

    [Fact]
    public Task Fallback_that_looks_like_a_credential_is_not_quoted_even_for_a_setting()
    {
        var test = Verify.Create(Declarations + """
            class C
            {
                string M(IConfiguration configuration) => configuration["Checkout:Region"] ?? {|#0:"Server=db;Password=hunter2"|};
                string N(IConfiguration configuration) => configuration["Checkout:Region"] ?? {|#1:"sk_test_4eC39HqLyjWDarjtT1zdp7dc"|};
                int O(IConfiguration configuration) => configuration.GetValue<int>("Db:Port") + configuration.GetValue<int>("Search:PageSize") + configuration.GetSection("Stripe").GetValue<string>("ApiKey")!.Length + configuration.GetConnectionString("Catalog")!.Length + configuration["Checkout:Currency"]!.Length;
            }
            """).WithConfiguration();
        test.ExpectedDiagnostics.Add(PK3003(0, "Checkout:Region", "required setting", "a literal value"));
        test.ExpectedDiagnostics.Add(PK3003(1, "Checkout:Region", "required setting", "a literal value"));
        return test.RunAsync();
    }

    [Fact]
    public Task Does_not_fire_without_a_constant_fallback_or_for_optional_settings() => Verify.Create(Declarations + """
        class C
        {
            void M(IConfiguration configuration, string computed)
            {
                _ = configuration["Checkout:Currency"] ?? "EUR";
                _ = configuration.GetValue<int>("Search:PageSize", 20);
                _ = configuration["Stripe:ApiKey"] ?? throw new InvalidOperationException("missing");
                _ = configuration.GetConnectionString("Catalog") ?? computed;
                _ = configuration.GetValue<string?>("Checkout:Region", null);
                _ = configuration.GetValue<int>("Db:Port");
            }
        }
        """).WithConfiguration().RunAsync();

    [Fact]
    public Task Undeclared_key_with_a_fallback_is_PK3001_only() => Verify.Create("""
        using Microsoft.Extensions.Configuration;

        class C
        {
            string M(IConfiguration configuration) => configuration[{|PK3001:"Checkout:Region"|}] ?? "eu";
        }
        """).WithConfiguration().RunAsync();
}
