using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = ParityKit.Tests.Infrastructure.AnalyzerVerifier<ParityKit.Analyzers.Settings.ConfigurationReadAnalyzer>;

namespace ParityKit.Tests.Settings;

/// <summary>PK3001: a key read but not declared, through every recognised API, against the real configuration assemblies.</summary>
public class UndeclaredSettingTests
{
    private static Task VerifyAsync(string source, params (string Path, string Text)[] files)
    {
        Verify.Test test = Verify.Create(source).WithConfiguration();
        foreach ((string path, string text) in files)
        {
            test.WithAdditionalFile(path, text);
        }

        return test.RunAsync();
    }

    // ---- fires -------------------------------------------------------------------------------------------------------

    [Fact]
    public Task Message_names_the_key_and_the_declaration_to_add()
    {
        var test = Verify.Create("""
            using Microsoft.Extensions.Configuration;

            class Checkout(IConfiguration configuration)
            {
                string? Currency => configuration[{|#0:"Checkout:Currency"|}];
                string? Key => configuration[{|#1:"Stripe:ApiKey"|}];
            }
            """).WithConfiguration();
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PK3001", DiagnosticSeverity.Warning).WithLocation(0)
            .WithArguments("The setting 'Checkout:Currency' is read here but not declared", "RequiresSetting(\"Checkout:Currency\")"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PK3001", DiagnosticSeverity.Warning).WithLocation(1)
            .WithArguments("The secret 'Stripe:ApiKey' is read here but not declared", "RequiresSecret(\"Stripe:ApiKey\")"));
        return test.RunAsync();
    }

    [Fact]
    public Task Every_recognised_key_read() => VerifyAsync("""
        using System;
        using Microsoft.Extensions.Configuration;

        class Reads
        {
            void M(IConfiguration configuration, ConfigurationManager manager, IConfigurationRoot root)
            {
                _ = Environment.GetEnvironmentVariable({|PK3001:"DATABASE_URL"|});
                _ = Environment.GetEnvironmentVariable({|PK3001:"PAYMENTS_REGION"|}, EnvironmentVariableTarget.Process);
                _ = configuration[{|PK3001:"Checkout:Currency"|}];
                _ = manager[{|PK3001:"Search:Region"|}];
                _ = root[{|PK3001:"Search:Index"|}];
                _ = configuration.GetValue<int>({|PK3001:"Search:PageSize"|});
                _ = configuration.GetValue(typeof(int), {|PK3001:"Search:MaxPages"|});
                _ = configuration.GetConnectionString({|PK3001:"Catalog"|});
                _ = configuration.GetSection({|PK3001:"Checkout:TaxRate"|}).Value;
                _ = ConfigurationBinder.GetValue<string>(configuration, {|PK3001:"Checkout:Country"|});
            }
        }
        """);

    [Fact]
    public Task Null_conditional_reads() => VerifyAsync("""
        using Microsoft.Extensions.Configuration;

        class Reads
        {
            void M(IConfiguration? configuration)
            {
                _ = configuration?[{|PK3001:"Checkout:Currency"|}];
                _ = configuration?.GetValue<int>({|PK3001:"Search:PageSize"|});
                _ = configuration?.GetSection("Stripe")[{|PK3001:"ApiKey"|}];
            }
        }
        """);

    [Fact]
    public Task Sections_are_followed_through_chains_and_locals() => VerifyAsync("""
        using Microsoft.Extensions.Configuration;

        class Reads
        {
            void M(IConfiguration configuration)
            {
                _ = configuration.GetSection("Stripe")[{|PK3001:"ApiKey"|}];
                _ = configuration.GetSection("Stripe").GetSection("Webhooks").GetValue<string>({|PK3001:"Secret"|});
                _ = configuration.GetRequiredSection("Mail").GetConnectionString({|PK3001:"Smtp"|});
                var paypal = configuration.GetSection({|PK3001:"PayPal"|});
                _ = paypal[{|PK3001:"ClientId"|}];
            }
        }
        """);

    [Fact]
    public Task Section_handed_elsewhere_reads_its_subtree() => VerifyAsync("""
        using System.Collections.Generic;
        using Microsoft.Extensions.Configuration;

        class Reads
        {
            void M(IConfiguration configuration)
            {
                Use(configuration.GetSection({|PK3001:"Serilog"|}));
                foreach (IConfigurationSection child in {|PK3001:configuration.GetSection("Tenants").GetChildren()|}) { }
            }

            static void Use(IConfiguration section) { }
        }
        """);

    [Fact]
    public Task Bound_types_read_their_properties_recursively()
    {
        var test = Verify.Create("""
            using System;
            using System.Collections.Generic;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.DependencyInjection;

            public class StripeOptions
            {
                public string ApiKey { get; set; } = "";
                public Uri? BaseUrl { get; init; }
                public WebhookOptions Webhooks { get; } = new();
                public List<string> Currencies { get; set; } = new();
                [ConfigurationKeyName("retry_count")] public int Retries { get; set; }
                public string Computed => ApiKey + "!";
                public static string Shared { get; set; } = "";
                internal string Hidden { get; set; } = "";
            }

            public class WebhookOptions
            {
                public string Secret { get; set; } = "";
                public WebhookOptions? Fallback { get; set; }
            }

            class Startup
            {
                void M(IServiceCollection services, IConfiguration configuration)
                {
                    {|#0:services.Configure<StripeOptions>(configuration.GetSection("Stripe"))|};
                }
            }
            """).WithConfiguration();
        foreach (string key in new[] { "Stripe:ApiKey", "Stripe:BaseUrl", "Stripe:retry_count" })
        {
            test.ExpectedDiagnostics.Add(new DiagnosticResult("PK3001", DiagnosticSeverity.Warning).WithLocation(0)
                .WithArguments($"The {(key.EndsWith("ApiKey") ? "secret" : "setting")} '{key}' is read here but not declared",
                    $"{(key.EndsWith("ApiKey") ? "RequiresSecret" : "RequiresSetting")}(\"{key}\")"));
        }

        test.ExpectedDiagnostics.Add(new DiagnosticResult("PK3001", DiagnosticSeverity.Warning).WithLocation(0)
            .WithArguments("The secret 'Stripe:Webhooks:Secret' is read here but not declared", "RequiresSecret(\"Stripe:Webhooks:Secret\")"));
        foreach (string section in new[] { "Stripe:Webhooks:Fallback", "Stripe:Currencies" })
        {
            test.ExpectedDiagnostics.Add(new DiagnosticResult("PK3001", DiagnosticSeverity.Warning).WithLocation(0)
                .WithArguments($"The section '{section}' is read here, but no key in it is declared", $"RequiresSetting(\"{section}:…\")"));
        }

        return test.RunAsync();
    }

    [Fact]
    public Task Options_builder_and_binder_reads() => VerifyAsync("""
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;

        public class MailOptions { public string Host { get; set; } = ""; }

        class Startup
        {
            void M(IServiceCollection services, IConfiguration configuration)
            {
                {|PK3001:services.AddOptions<MailOptions>().BindConfiguration("Mail")|};
                {|PK3001:services.AddOptions<MailOptions>("backup").Bind(configuration.GetSection("BackupMail"))|};
                MailOptions? fromGet = {|PK3001:configuration.GetSection("ReportMail").Get<MailOptions>()|};
                var bound = new MailOptions();
                {|PK3001:configuration.Bind("AlertMail", bound)|};
                {|PK3001:configuration.GetSection("AuditMail").Bind(bound)|};
            }
        }
        """);

    [Fact]
    public Task AppSettings_Development_does_not_declare() => VerifyAsync("""
        using Microsoft.Extensions.Configuration;

        class C
        {
            string? M(IConfiguration configuration) => configuration[{|PK3001:"Debug:Tracing"|}];
        }
        """, ("/src/appsettings.Development.json", """{ "Debug": { "Tracing": "on" } }"""));

    // ---- does not fire -----------------------------------------------------------------------------------------------

    [Fact]
    public Task Declared_keys_compare_as_configuration_does() => VerifyAsync("""
        using System;
        using Microsoft.Extensions.Configuration;
        using ParityKit;

        [assembly: RequiresSetting("Checkout:Currency", Default = "USD")]
        [assembly: RequiresSecret("Stripe:ApiKey")]
        [assembly: RequiresSecret("DATABASE_URL")]
        [assembly: RequiresSecret("ConnectionStrings:Catalog")]
        [assembly: ThirdPartyApi("stripe", ConfigKey = "Stripe:BaseUrl", Live = "https://api.stripe.com")]

        class C
        {
            void M(IConfiguration configuration)
            {
                _ = configuration["checkout:currency"];
                _ = configuration["STRIPE__APIKEY"];
                _ = configuration.GetSection("Stripe")["ApiKey"];
                _ = Environment.GetEnvironmentVariable("DATABASE_URL");
                _ = configuration.GetConnectionString("Catalog");
                _ = configuration["Stripe:BaseUrl"];
                _ = configuration.GetSection("Stripe");
            }
        }
        """);

    [Fact]
    public Task AppSettings_and_Production_keys_count_as_declared() => VerifyAsync("""
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;

        public class SearchOptions { public int PageSize { get; set; } public string Region { get; set; } = ""; }

        class C
        {
            void M(IConfiguration configuration, IServiceCollection services)
            {
                _ = configuration["Logging:LogLevel:Default"];
                _ = configuration.GetValue<bool>("Features:0");
                _ = configuration["Checkout:Currency"];
                services.Configure<SearchOptions>(configuration.GetSection("Search"));
            }
        }
        """,
        ("/src/appsettings.json", """
            {
              // comments and trailing commas, as configuration accepts them
              "Logging": { "LogLevel": { "Default": "Information", }, },
              "Features": [ true ],
              "Search": { "PageSize": 20 }
            }
            """),
        ("/src/appsettings.Production.json", """{ "Checkout": { "Currency": "EUR" }, "Search": { "Region": "eu" } }"""));

    [Fact]
    public Task Broken_appsettings_json_is_ignored_without_crashing() => VerifyAsync("""
        using Microsoft.Extensions.Configuration;

        class C
        {
            string? M(IConfiguration configuration) => configuration[{|PK3001:"Checkout:Currency"|}];
        }
        """, ("/src/appsettings.json", """{ "Checkout": { "Currency": "USD" """));

    [Fact]
    public Task Keys_built_at_run_time_are_not_guessed() => VerifyAsync("""
        using System;
        using Microsoft.Extensions.Configuration;

        class C
        {
            void M(IConfiguration configuration, IConfigurationSection section, string name, string tenant)
            {
                _ = configuration[name];
                _ = configuration[$"Stripe:{name}"];
                _ = configuration["Tenants:" + tenant + ":Url"];
                _ = configuration.GetSection(name)["ApiKey"];
                _ = section["ApiKey"];
                _ = Environment.GetEnvironmentVariable(name);
            }
        }
        """);

    [Fact]
    public Task Writes_platform_variables_and_section_names_are_not_reads() => VerifyAsync("""
        using System;
        using Microsoft.Extensions.Configuration;

        class C
        {
            void M(IConfiguration configuration)
            {
                configuration["Runtime:StartedAt"] = "now";
                _ = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT");
                _ = Environment.GetEnvironmentVariable("HOME");
                _ = configuration.GetSection("Stripe").Key;
                _ = configuration.GetSection("Stripe").Path;
            }
        }
        """);

    [Fact]
    public Task Lookalike_APIs_are_not_configuration_reads() => VerifyAsync("""
        using System.Collections.Generic;

        class Settings
        {
            public string? this[string key] => null;
            public string? GetValue<T>(string key) => null;
            public string? GetSection(string key) => null;
        }

        class C
        {
            void M(Settings settings, Dictionary<string, string> map)
            {
                _ = settings["Checkout:Currency"];
                _ = settings.GetValue<int>("Checkout:Currency");
                _ = settings.GetSection("Checkout");
                _ = map["Checkout:Currency"];
            }
        }
        """);

    [Fact]
    public Task Test_projects_are_skipped()
    {
        Verify.Test test = Verify.Create("""
            using Microsoft.Extensions.Configuration;

            class C
            {
                string? M(IConfiguration configuration) => configuration["Checkout:Currency"] ?? "USD";
            }
            """).WithConfiguration().WithGlobalConfig("build_property.IsTestProject = true");
        return test.RunAsync();
    }

    [Fact]
    public Task Generated_code_is_not_analysed()
    {
        Verify.Test test = Verify.Create("""
            class C { }
            """).WithConfiguration();
        test.TestState.Sources.Add(("Generated.g.cs", """
            // <auto-generated/>
            using Microsoft.Extensions.Configuration;

            class G
            {
                string? M(IConfiguration configuration) => configuration["Checkout:Currency"];
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Broken_code_does_not_crash()
    {
        Verify.Test test = Verify.Create("""
            using Microsoft.Extensions.Configuration;

            class C
            {
                void M(IConfiguration configuration)
                {
                    _ = configuration[);
                    _ = configuration.GetValue<Missing>({|PK3001:"A:B"|});
                    _ = configuration.GetSectionn("X");
                    _ = configuration.GetSection(;
                    services.Configure<Missing>(configuration.GetSection({|PK3001:"Y"|}));
                }
            }
            """).WithConfiguration();
        test.CompilerDiagnostics = CompilerDiagnostics.None;
        return test.RunAsync();
    }
}
