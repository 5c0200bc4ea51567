using System.Text.Json;
using ParityKit.Tests.Infrastructure;

namespace ParityKit.Tests.Manifest;

/// <summary>The manifest's settings and secrets from code: read sites, undeclared reads, appsettings defaults, secrets kept value-free.</summary>
public class ManifestReadSitesTests
{
    private const string Declarations = """
        using ParityKit;

        [assembly: RequiresSetting("Checkout:Currency", Default = "USD")]
        [assembly: RequiresSecret("Stripe:ApiKey", Source = "vault:payments/stripe")]
        [assembly: RequiresSetting("Legacy:Unread")]
        """;

    private const string Reads = """
        using System;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;

        namespace Storefront
        {
            public class MailOptions { public string Host { get; set; } = ""; public int Port { get; set; } }

            public class Startup
            {
                public void Configure(IServiceCollection services, IConfiguration configuration, string name)
                {
                    _ = configuration["Checkout:Currency"];
                    _ = configuration.GetSection("Stripe")["ApiKey"];
                    _ = configuration["checkout__currency"];
                    _ = Environment.GetEnvironmentVariable("DATABASE_URL");
                    _ = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT");
                    _ = configuration.GetValue<int>("Search:PageSize", 20);
                    _ = configuration["Search:Region"];
                    _ = configuration.GetConnectionString("Catalog");
                    services.Configure<MailOptions>(configuration.GetSection("Mail"));
                    Use(configuration.GetSection("Features"));
                    _ = configuration[name];
                    _ = configuration[$"Tenants:{name}"];
                }

                private static void Use(IConfiguration section) { }
            }
        }
        """;

    private static readonly (string Path, string Text)[] AppSettings =
    [
        ("/repo/app/appsettings.json", """
            {
              "Search": { "Region": "eu", "Unread": "x" },
              "Features": { "NewCheckout": true, "Beta": { "Token": "tok_8f7e6d5c4b3a2f1e0d9c8b7a" } },
              "Logging": { "LogLevel": { "Default": "Information" } }
            }
            """),
        ("/repo/app/appsettings.Production.json", """{ "Search": { "Region": "us" } }"""),
        ("/repo/app/appsettings.Development.json", """{ "Search": { "Region": "dev" }, "Dev": { "Only": "1" } }"""),
    ];

    private static JsonElement Manifest(out ManifestRun run)
    {
        run = ManifestRun.Of(new ManifestInput([("/repo/app/Declarations.cs", Declarations), ("/repo/app/Startup/File1.cs", Reads)])
        {
            ReferenceConfiguration = true,
            AdditionalFiles = AppSettings,
            ProjectDirectory = "/repo/app/",
        });
        Assert.Empty(run.CompilationProblems());
        return JsonDocument.Parse(run.Json!).RootElement;
    }

    private static Dictionary<string, JsonElement> Entries(JsonElement manifest, string section) =>
        manifest.GetProperty(section).EnumerateArray().ToDictionary(e => e.GetProperty("key").GetString()!);

    private static string[] ReadAt(JsonElement entry) => entry.GetProperty("readAt").EnumerateArray().Select(e => e.GetString()!).ToArray();

    [Fact]
    public void Declared_keys_get_project_relative_sorted_read_sites()
    {
        JsonElement manifest = Manifest(out _);
        Dictionary<string, JsonElement> settings = Entries(manifest, "settings");
        Dictionary<string, JsonElement> secrets = Entries(manifest, "secrets");

        Assert.Equal(["Startup/File1.cs:13", "Startup/File1.cs:15"], ReadAt(settings["Checkout:Currency"]));
        Assert.Equal(["Startup/File1.cs:14"], ReadAt(secrets["Stripe:ApiKey"]));
        Assert.Empty(ReadAt(settings["Legacy:Unread"]));
    }

    [Fact]
    public void Undeclared_reads_are_listed_secret_by_name_and_with_appsettings_defaults()
    {
        JsonElement manifest = Manifest(out _);
        Dictionary<string, JsonElement> settings = Entries(manifest, "settings");
        Dictionary<string, JsonElement> secrets = Entries(manifest, "secrets");

        // Secrets by name: no value, no source, required.
        Assert.True(secrets["DATABASE_URL"].GetProperty("required").GetBoolean());
        Assert.Equal(JsonValueKind.Null, secrets["DATABASE_URL"].GetProperty("source").ValueKind);
        Assert.Equal("DATABASE_URL", secrets["DATABASE_URL"].GetProperty("envVar").GetString());
        Assert.True(secrets.ContainsKey("ConnectionStrings:Catalog"));

        // appsettings.Production.json overrides appsettings.json; Development is not production-shaped.
        Assert.Equal("us", settings["Search:Region"].GetProperty("default").GetString());
        Assert.False(settings["Search:Region"].GetProperty("required").GetBoolean());

        // A read with a fallback everywhere is not required; without appsettings there is no default.
        Assert.False(settings["Search:PageSize"].GetProperty("required").GetBoolean());
        Assert.False(settings["Search:PageSize"].TryGetProperty("default", out _));

        // Bound types list their properties; a section read lists the appsettings keys under it.
        Assert.Equal(["Startup/File1.cs:21"], ReadAt(settings["Mail:Host"]));
        Assert.True(settings["Mail:Port"].GetProperty("required").GetBoolean());
        Assert.Equal("True", settings["Features:NewCheckout"].GetProperty("default").GetString());
        Assert.Equal(["Startup/File1.cs:22"], ReadAt(settings["Features:NewCheckout"]));
        Assert.True(secrets.ContainsKey("Features:Beta:Token"));
    }

    [Fact]
    public void Platform_variables_unread_appsettings_and_run_time_keys_are_not_listed()
    {
        JsonElement manifest = Manifest(out _);
        var keys = Entries(manifest, "settings").Keys.Concat(Entries(manifest, "secrets").Keys).ToList();

        Assert.DoesNotContain("ASPNETCORE_ENVIRONMENT", keys);
        Assert.DoesNotContain("Search:Unread", keys);
        Assert.DoesNotContain("Logging:LogLevel:Default", keys);
        Assert.DoesNotContain("Dev:Only", keys);
        Assert.DoesNotContain(keys, k => k.StartsWith("Tenants", StringComparison.Ordinal));
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Undeclared_keys_get_no_typed_fields_and_are_not_in_the_startup_check()
    {
        Manifest(out ManifestRun run);
        Assert.Contains(" CheckoutCurrency = new ", run.Source);
        Assert.DoesNotContain("SearchRegion", run.Source);
        Assert.DoesNotContain("DATABASEURL", run.Source);
    }

    [Fact]
    public void Read_sites_sort_by_path_then_line_number()
    {
        string many = "using Microsoft.Extensions.Configuration;\nclass C { void M(IConfiguration c) {\n"
            + string.Concat(Enumerable.Range(0, 12).Select(_ => "_ = c[\"Checkout:Currency\"];\n")) + "} }";
        ManifestRun run = ManifestRun.Of([Declarations, many], referenceConfiguration: true);
        Assert.NotNull(run.Json);
        JsonElement currency = Entries(JsonDocument.Parse(run.Json!).RootElement, "settings")["Checkout:Currency"];
        Assert.Equal(Enumerable.Range(3, 12).Select(line => "File1.cs:" + line), ReadAt(currency));
    }

    [Fact]
    public void Same_input_gives_the_same_bytes() => Assert.Equal(Manifest(out _).GetRawText(), Manifest(out _).GetRawText());
}
