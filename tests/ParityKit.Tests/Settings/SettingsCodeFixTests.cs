using Microsoft.CodeAnalysis.Testing;
using ParityKit.Analyzers.Settings;
using ParityKit.CodeFixes.Settings;
using ParityKit.Tests.Infrastructure;

namespace ParityKit.Tests.Settings;

/// <summary>PK3001 (declare the key) and PK3003 (remove the fallback): the fixed code must compile, warning-free of the rule.</summary>
public class SettingsCodeFixTests
{
    [Fact]
    public Task PK3001_declares_a_setting_or_a_secret_by_the_key_name() =>
        CodeFixVerifier<ConfigurationReadAnalyzer, UndeclaredSettingCodeFix>.VerifyWithConfigurationAsync("""
            using Microsoft.Extensions.Configuration;

            namespace Shop;

            class Checkout(IConfiguration configuration)
            {
                string? Currency => configuration[{|PK3001:"Checkout:Currency"|}];
            }
            """, """
            using Microsoft.Extensions.Configuration;
            using ParityKit;

            [assembly: RequiresSetting("Checkout:Currency")]

            namespace Shop;

            class Checkout(IConfiguration configuration)
            {
                string? Currency => configuration["Checkout:Currency"];
            }
            """);

    [Fact]
    public Task PK3001_secret_goes_next_to_the_existing_declarations() =>
        CodeFixVerifier<ConfigurationReadAnalyzer, UndeclaredSettingCodeFix>.VerifyWithConfigurationAsync("""
            using System;
            using Microsoft.Extensions.Configuration;
            using ParityKit;

            [assembly: RequiresSetting("Checkout:Currency")]

            class Db(IConfiguration configuration)
            {
                string? Currency => configuration["Checkout:Currency"];
                string? Url => Environment.GetEnvironmentVariable({|PK3001:"DATABASE_URL"|});
            }
            """, """
            using System;
            using Microsoft.Extensions.Configuration;
            using ParityKit;

            [assembly: RequiresSetting("Checkout:Currency")]
            [assembly: RequiresSecret("DATABASE_URL")]

            class Db(IConfiguration configuration)
            {
                string? Currency => configuration["Checkout:Currency"];
                string? Url => Environment.GetEnvironmentVariable("DATABASE_URL");
            }
            """);

    [Fact]
    public Task PK3001_fix_all_declares_each_key_once()
    {
        const string Fixed = """
            using Microsoft.Extensions.Configuration;
            using ParityKit;

            [assembly: RequiresSetting("Checkout:Currency")]
            [assembly: RequiresSecret("Stripe:ApiKey")]

            class C(IConfiguration configuration)
            {
                string? A => configuration["Checkout:Currency"];
                string? B => configuration["checkout__currency"];
                string? D => configuration["Stripe:ApiKey"];
            }
            """;
        var test = new CodeFixVerifier<ConfigurationReadAnalyzer, UndeclaredSettingCodeFix>.Test
        {
            TestCode = """
                using Microsoft.Extensions.Configuration;

                class C(IConfiguration configuration)
                {
                    string? A => configuration[{|PK3001:"Checkout:Currency"|}];
                    string? B => configuration[{|PK3001:"checkout__currency"|}];
                    string? D => configuration[{|PK3001:"Stripe:ApiKey"|}];
                }
                """,
            FixedCode = Fixed,
            BatchFixedCode = Fixed,
            NumberOfIncrementalIterations = 2,
            NumberOfFixAllIterations = 1,
        }.WithConfiguration();
        return test.RunAsync();
    }

    [Fact]
    public Task PK3003_coalescing_fallback_becomes_a_throw() =>
        CodeFixVerifier<ConfigurationReadAnalyzer, SecretFallbackCodeFix>.VerifyWithConfigurationAsync("""
            using Microsoft.Extensions.Configuration;
            using ParityKit;

            [assembly: RequiresSecret("ConnectionStrings:Catalog")]

            class Db(IConfiguration configuration)
            {
                string Catalog => configuration.GetConnectionString("Catalog") ?? {|PK3003:"Host=old-db;Database=shop"|};
            }
            """, """
            using System;
            using Microsoft.Extensions.Configuration;
            using ParityKit;

            [assembly: RequiresSecret("ConnectionStrings:Catalog")]

            class Db(IConfiguration configuration)
            {
                string Catalog => configuration.GetConnectionString("Catalog") ?? throw new InvalidOperationException("Configuration value 'ConnectionStrings:Catalog' is missing.");
            }
            """);

    [Fact]
    public Task PK3003_default_argument_is_removed_and_the_type_stays_non_null() =>
        CodeFixVerifier<ConfigurationReadAnalyzer, SecretFallbackCodeFix>.VerifyWithConfigurationAsync("""
            using Microsoft.Extensions.Configuration;
            using ParityKit;

            [assembly: RequiresSetting("Db:Port")]
            [assembly: RequiresSetting("Db:Host")]

            class Db(IConfiguration configuration)
            {
                int Port => configuration.GetValue<int>("Db:Port", {|PK3003:5432|});
                string Host => configuration.GetValue("Db:Host", {|PK3003:"db"|});
            }
            """, """
            using System;
            using Microsoft.Extensions.Configuration;
            using ParityKit;

            [assembly: RequiresSetting("Db:Port")]
            [assembly: RequiresSetting("Db:Host")]

            class Db(IConfiguration configuration)
            {
                int Port => configuration.GetValue<int?>("Db:Port") ?? throw new InvalidOperationException("Configuration value 'Db:Port' is missing.");
                string Host => configuration.GetValue<string>("Db:Host") ?? throw new InvalidOperationException("Configuration value 'Db:Host' is missing.");
            }
            """);
}
