using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ParityKit.Analyzers.Declarations;
using ParityKit.Analyzers.Settings;
using ParityKit.Analyzers.ThirdPartyApis;
using ParityKit.Tests.Infrastructure;

namespace ParityKit.Tests.Security;

/// <summary>
/// Issue 5's security test: secret values planted in code, in appsettings files and in declarations never reach the
/// manifest, the generated sources or a diagnostic (message or property), while the rules still report them.
/// </summary>
public class NoSecretLeaksTests
{
    private static readonly DiagnosticAnalyzer[] AllAnalyzers =
    [
        new ConfigurationReadAnalyzer(),
        new HardCodedConnectionStringAnalyzer(),
        new VendorKeyAnalyzer(),
        new ExternalEndpointAnalyzer(),
        new SandboxEndpointAnalyzer(),
        new DeclarationAnalyzer(),
    ];

    /// <summary>One unique, secret-shaped marker per planting place (each is a password, key or token body).</summary>
    private static string Marker(int i) => "Zq" + i.ToString("D2", CultureInfo.InvariantCulture) + "x7Kp3Wm9Tr4Ys";

    private static readonly List<string> Planted = [];

    private static string Plant(string template, int i)
    {
        string marker = Marker(i);
        Planted.Add(marker);
        return template.Replace("{S}", marker, StringComparison.Ordinal);
    }

    private static (string[] Sources, (string Path, string Text)[] Files) Build()
    {
        Planted.Clear();
        int n = 0;
        var code = new List<string>();

        // In code: vendor keys of every tier and vendor, connection strings, database URLs, fallbacks, defaults.
        string[] keyTemplates =
        [
            "sk_live_{S}1", "sk_test_{S}2", "rk_live_{S}3", "rk_test_{S}4", "whsec_{S}5", "pk_live_{S}6", "pk_test_{S}7",
            "rzp_live_{S}8", "rzp_test_{S}9", "access-production-{S}0", "access-sandbox-{S}1", "FLWSECK-{S}2", "FLWSECK_TEST-{S}3",
            "sk_sbox_{S}4", "sandbox-sq0csb-{S}5", "live_{S}abcdefghijklmnop6", "test_{S}abcdefghijklmnop7",
        ];
        foreach (string template in keyTemplates)
        {
            code.Add($"    string K{n} = \"{Plant(template, n)}\";");
            n++;
        }

        string[] connectionTemplates =
        [
            "Host=db.acme.io;Database=shop;Username=app;Password={S}",
            "Server=tcp:sql.acme.io,1433;Initial Catalog=shop;User ID=sa;Pwd={S};",
            "Data Source=ora.acme.io;User Id=app;Password='{S}'",
            "DefaultEndpointsProtocol=https;AccountName=acme;AccountKey={S}==;EndpointSuffix=core.windows.net",
            "Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey={S}=",
            "postgres://app:{S}@db.acme.io:5432/shop",
            "mongodb+srv://app:{S}@cluster0.acme.mongodb.net/shop",
            "redis://:{S}@cache.acme.io:6379",
            "amqps://svc:{S}@mq.acme.io",
            "https://deploy:{S}@git.acme.io/repo.git",
        ];
        foreach (string template in connectionTemplates)
        {
            code.Add($"    string C{n} = \"{Plant(template, n)}\";");
            n++;
        }

        // Fallbacks for declared secrets and required settings, and GetValue defaults.
        code.Add($"    string? F{n} => configuration[\"Stripe:ApiKey\"] ?? \"{Plant("{S}", n)}\";"); n++;
        code.Add($"    string? F{n} => configuration.GetConnectionString(\"Catalog\") ?? \"{Plant("Host=old-db;Password={S}", n)}\";"); n++;
        code.Add($"    string? F{n} => configuration[\"Checkout:Region\"] ?? \"{Plant("sk_live_{S}", n)}\";"); n++;
        code.Add($"    string? F{n} => configuration.GetValue<string>(\"Db:Password\", \"{Plant("{S}", n)}\");"); n++;
        code.Add($"    string? F{n} => configuration[\"Mail:Token\"] ?? \"{Plant("{S}", n)}\";"); n++;
        code.Add($"    string? F{n} => System.Environment.GetEnvironmentVariable(\"API_SECRET\") ?? \"{Plant("{S}", n)}\";"); n++;
        code.Add($"    string? F{n} => configuration[\"Checkout:Region\"] ?? \"{Plant("Server=db;Password={S}", n)}\";"); n++;
        code.Add($"    string? F{n} => configuration[\"Checkout:Region\"] ?? \"{Plant("{S}AbCdEfGh1234", n)}\";"); n++;
        code.Add($"    string I{n}(string id) => $\"{Plant("Bearer sk_test_{S}", n)}/{{id}}\";"); n++;
        code.Add($"    System.Uri U{n} = new System.Uri(\"{Plant("https://user:{S}@api.partner.io/v1", n)}\");"); n++;
        code.Add($"    System.Uri U{n} = new System.Uri(\"{Plant("https://user:{S}@api-m.sandbox.paypal.com/v2", n)}\");"); n++;

        string source = $$"""
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.DependencyInjection;
            using ParityKit;

            public class MailOptions { public string Host { get; set; } = ""; public string Password { get; set; } = ""; }

            public class Planted(IConfiguration configuration, IServiceCollection services)
            {
                void Bind() => services.Configure<MailOptions>(configuration.GetSection("Mail"));
                string? Features => configuration.GetSection("Features")["Flag"];
                void Section() => Use(configuration.GetSection("Vendors"));
                static void Use(IConfiguration section) { }
                string? Db => configuration["Db:Password"];
                string? Region => configuration["Search:Region"];
                string? Motto => configuration["Search:Banner"];
            {{string.Join("\n", code)}}
            }
            """;

        // In declarations: values where a location or a non-secret default belongs (PK9001 keeps them out).
        var declarations = new List<string>
        {
            "using ParityKit;",
            "[assembly: RequiresSecret(\"Stripe:ApiKey\", Source = \"vault:payments/stripe\")]",
            "[assembly: RequiresSecret(\"ConnectionStrings:Catalog\")]",
            "[assembly: RequiresSetting(\"Checkout:Region\")]",
        };
        declarations.Add($"[assembly: RequiresSecret(\"Plaid:Secret\", Source = \"{Plant("sk_live_{S}", n)}\")]"); n++;
        declarations.Add($"[assembly: RequiresSecret(\"Plaid:Token\", Source = \"{Plant("{S}AbCdEfGhIjKl12345", n)}\")]"); n++;
        declarations.Add($"[assembly: RequiresSetting(\"Plaid:Url\", Default = \"{Plant("postgres://u:{S}@db/x", n)}\")]"); n++;
        declarations.Add($"[assembly: RequiresSetting(\"Plaid:Conn\", Default = \"{Plant("Server=x;Password={S}", n)}\")]"); n++;
        declarations.Add($"[assembly: RequiresSetting(\"Plaid:Key\", Default = \"{Plant("whsec_{S}", n)}\")]"); n++;
        declarations.Add($"[assembly: RequiresSecret(\"{Plant("sk_live_{S}", n)}\")]"); n++;
        declarations.Add($"[assembly: ThirdPartyApi(\"partner\", Live = \"{Plant("https://svc:{S}@api.partner.io", n)}\")]"); n++;

        // In appsettings files: values of secret keys, credential-shaped values, keys the code reads or binds.
        string appsettings = $$"""
            {
              "ConnectionStrings": { "Catalog": "{{Plant("Host=db;Password={S}", n++)}}", "Reports": "{{Plant("{S}", n++)}}" },
              "Stripe": { "ApiKey": "{{Plant("sk_live_{S}", n++)}}", "WebhookSecret": "{{Plant("whsec_{S}", n++)}}" },
              "Db": { "Password": "{{Plant("{S}", n++)}}" },
              "Mail": { "Host": "smtp.acme.io", "Password": "{{Plant("{S}", n++)}}", "Token": "{{Plant("{S}", n++)}}" },
              "Features": { "Flag": "{{Plant("{S}AbCdEfGh12345678", n++)}}" },
              "Vendors": { "Geo": { "ApiKey": "{{Plant("{S}", n++)}}", "Url": "{{Plant("https://u:{S}@geo.acme.io", n++)}}" } },
              "Search": { "Region": "{{Plant("eyJhbGciOiJIUzI1NiJ9.{S}.c2lnbmF0dXJl", n++)}}", "Banner": "Welcome" }
            }
            """;
        string production = $$"""
            {
              "Stripe": { "ApiKey": "{{Plant("rk_live_{S}", n++)}}" },
              "Db": { "Password": "{{Plant("{S}", n++)}}" },
              "Vendors": { "Aws": { "AccessKey": "{{Plant("AKIA{S}", n++)}}", "Pem": "{{Plant("-----BEGIN PRIVATE KEY-----{S}", n++)}}" } }
            }
            """;
        string development = $$"""{ "Db": { "Password": "{{Plant("{S}", n++)}}" } }""";

        return ([string.Join("\n", declarations), source], [
            ("/app/appsettings.json", appsettings),
            ("/app/appsettings.Production.json", production),
            ("/app/appsettings.Development.json", development),
        ]);
    }

    [Fact]
    public async Task Planted_secrets_appear_in_no_manifest_generated_source_or_diagnostic()
    {
        (string[] sources, (string Path, string Text)[] files) = Build();
        Assert.True(Planted.Count >= 50, $"only {Planted.Count} secrets planted");
        Assert.Equal(Planted.Count, Planted.Distinct().Count());

        ManifestRun run = ManifestRun.Of(new ManifestInput(sources.Select((source, i) => ($"/app/File{i}.cs", source)))
        {
            ReferenceConfiguration = true,
            AdditionalFiles = files,
            ProjectDirectory = "/app/",
        });
        Assert.NotNull(run.Json);
        SecretLeakCheck.AssertAbsent(Planted, "the manifest", run.Json);
        foreach (SyntaxTree generated in run.Output.SyntaxTrees.Except(run.Input.SyntaxTrees))
        {
            SecretLeakCheck.AssertAbsent(Planted, generated.FilePath, generated.ToString());
        }

        ImmutableArray<Diagnostic> diagnostics = await SecretLeakCheck.RunAnalyzersAsync(run.Output, AllAnalyzers, files);
        SecretLeakCheck.AssertAbsent(Planted, diagnostics);

        // The secrets are found all the same: the point is to report them without repeating them.
        Assert.True(diagnostics.Count(d => d.Id == "PK2003") >= 17);
        Assert.True(diagnostics.Count(d => d.Id == "PK3002") >= 10);
        Assert.Contains(diagnostics, d => d.Id == "PK3003");
        Assert.Contains(diagnostics, d => d.Id == "PK9001");
        Assert.Contains(diagnostics, d => d.Id == "PK3001" && d.GetMessage(CultureInfo.InvariantCulture).Contains("API_SECRET", StringComparison.Ordinal));
        Assert.Contains("\"Db:Password\"", run.Json!.Replace("\"\"", "\"", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Welcome", run.Json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_check_itself_can_fail()
    {
        var planted = new[] { "Zq00x7Kp3Wm9Tr4Ys" };
        Assert.ThrowsAny<Exception>(() => SecretLeakCheck.AssertAbsent(planted, "text", "prefix Zq00x7Kp3Wm9Tr4Ys suffix"));
    }
}
