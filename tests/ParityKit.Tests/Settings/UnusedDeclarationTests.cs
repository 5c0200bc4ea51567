using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = ParityKit.Tests.Infrastructure.AnalyzerVerifier<ParityKit.Analyzers.Settings.ConfigurationReadAnalyzer>;

namespace ParityKit.Tests.Settings;

/// <summary>PK3004: a declared setting or secret that nothing in the project reads.</summary>
public class UnusedDeclarationTests
{
    [Fact]
    public Task Fires_at_the_declaration_with_its_kind_and_key()
    {
        var test = Verify.Create("""
            using Microsoft.Extensions.Configuration;
            using ParityKit;

            [assembly: {|#0:RequiresSetting("Legacy:Region")|}]
            [assembly: {|#1:RequiresSecret("Legacy:ApiKey")|}]
            [assembly: RequiresSetting("Checkout:Currency")]

            class C
            {
                string? M(IConfiguration configuration) => configuration["Checkout:Currency"];
            }
            """).WithConfiguration();
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PK3004", DiagnosticSeverity.Info).WithLocation(0).WithArguments("setting", "Legacy:Region"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PK3004", DiagnosticSeverity.Info).WithLocation(1).WithArguments("secret", "Legacy:ApiKey"));
        return test.RunAsync();
    }

    [Fact]
    public Task Reads_through_sections_bound_types_and_run_time_keys_count() => Verify.Create("""
        using System;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using ParityKit;

        [assembly: RequiresSecret("Stripe:ApiKey")]
        [assembly: RequiresSetting("Stripe:BaseUrl")]
        [assembly: RequiresSetting("Mail:Host")]
        [assembly: RequiresSetting("Tenants:Acme:Url")]
        [assembly: RequiresSecret("Vendors:Geo:Token")]
        [assembly: RequiresSetting("Serilog:MinimumLevel")]
        [assembly: RequiresSecret("DATABASE_URL")]
        [assembly: RequiresSetting("Reports")]

        public class MailOptions { public string Host { get; set; } = ""; }

        class C
        {
            void M(IConfiguration configuration, IServiceCollection services, IConfigurationSection vendor, string tenant)
            {
                Use(configuration.GetSection("Stripe"));
                services.Configure<MailOptions>(configuration.GetSection("Mail"));
                _ = configuration[$"Tenants:{tenant}:Url"];
                _ = vendor["Token"];
                _ = configuration.GetSection("Serilog").GetChildren();
                _ = Environment.GetEnvironmentVariable("DATABASE_URL");
                _ = configuration[{|PK3001:"Reports:Daily"|}];
            }

            static void Use(IConfiguration section) { }
        }
        """).WithConfiguration().RunAsync();

    [Fact]
    public Task Keys_only_in_appsettings_are_never_reported() => Verify.Create("""
        class C { }
        """).WithAdditionalFile("/src/appsettings.json", """{ "Unused": { "Key": "value" } }""").RunAsync();

    [Fact]
    public Task Test_projects_are_skipped() => Verify.Create("""
        using ParityKit;

        [assembly: RequiresSetting("Legacy:Region")]
        """).WithGlobalConfig("build_property.IsTestProject = true").RunAsync();
}
