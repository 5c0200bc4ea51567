using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ParityKit.Tests.Infrastructure;

namespace ParityKit.Tests.Reliability;

/// <summary>
/// Secret values planted everywhere an app keeps them (constants, fallbacks, headers, declarations, appsettings files)
/// never reach anything ParityKit produces: the generated sources (the manifest JSON among them) or the diagnostics
/// a build log shows (messages and the properties code fixes read). Every analyzer and generator runs, found by
/// reflection, so rules added later are held to the same bar.
/// </summary>
public sealed class SecretLeakTests
{
    /// <summary>Keys, passwords, tokens and connection strings; each carries "planted" or a unique run of characters.</summary>
    public static readonly ImmutableArray<string> Planted =
    [
        "sk_live_51HqLyjWDarjtT1zdp7dcPlanted01",
        "sk_test_4eC39HqLyjWDarjtT1zdp7dcPlanted02",
        "rk_live_51HqLyjWDarjtRestrictedPlanted03",
        "whsec_PlantedWebhookSigningSecret04abcdef",
        "pk_live_PlantedPublishableKey05abcdefgh",
        "AKIAPLANTED06EXAMPLE",
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYPLANTED07KEY",
        "ghp_Planted08GitHubPersonalAccessToken0000",
        "xoxb-000000000000-0000000000000-Planted09Slack",
        "SG.Planted10SendGrid.ApiKeyValueAbcdefghijklmnop",
        "AIzaSyPlanted11GoogleApiKeyAbcdefghijklmn",
        "SKplanted12twilioapikeysid00000000000000",
        "sandbox-sq0idb-Planted13SquareSandboxToken",
        "sq0csp-Planted14SquareLiveSecret0000000000",
        "hunter2-planted-15",
        "P@ssw0rd!planted16",
        "correct-horse-battery-staple-planted17",
        "planted18-db-password",
        "planted19-smtp-password",
        "planted20-redis-password",
        "Host=db.internal;Username=app;Password=planted21-pg;Database=shop",
        "Server=tcp:prod.database.windows.net,1433;User ID=admin;Password=planted22-sql;",
        "Data Source=prod-sql;Initial Catalog=shop;User Id=sa;Password=planted23-mssql",
        "mongodb://admin:planted24-mongo@mongo.internal:27017/shop",
        "postgres://app:planted25-pgurl@db.internal:5432/shop",
        "redis://:planted26-redis@cache.internal:6379/0",
        "amqp://user:planted27-amqp@rabbit.internal:5672/",
        "DefaultEndpointsProtocol=https;AccountName=shop;AccountKey=Planted28StorageKey==;EndpointSuffix=core.windows.net",
        "Endpoint=sb://shop.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=Planted29BusKey=",
        "https://user:planted30-basic@api.example.com/v1",
        "https://hooks.slack.com/services/T00000000/B00000000/Planted31SlackWebhook",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJwbGFudGVkMzIifQ.Planted32JwtSignature",
        "-----BEGIN PRIVATE KEY-----MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCPlanted33",
        "Bearer planted34-bearer-token",
        "Basic cGxhbnRlZDM1OnBhc3N3b3Jk",
        "client-secret-planted36",
        "planted37-oauth-refresh-token",
        "planted38-encryption-key-base64==",
        "planted39-signing-key",
        "planted40-api-token",
        "https://api-m.sandbox.paypal.com/v1?access_token=planted41-paypal",
        "https://admin:planted42-userinfo@api-m.sandbox.paypal.com",
        "planted43-feature-parameter-secret",
        "planted44-json-apikey",
        "planted45-json-password",
        "planted46-json-clientsecret",
        "Host=staging-db;Password=planted47-json-conn",
        "planted48-production-token",
        "planted49-staging-token",
        "sk_live_Planted50FromProductionJson",
        "planted51-env-fallback",
        "Planted52SecretSourceValue9f8E7d6C",
        "planted53-default-password",
        "planted54-header-value",
        "planted55-interpolated",
        "planted56-utf8",
        "planted57-verbatim",
        "planted58-raw-literal",
        "planted59-concatenated-part",
        "planted60-attribute-argument",
    ];

    [Fact]
    public void There_are_more_than_fifty_distinct_planted_values()
    {
        Assert.True(Planted.Distinct().Count() >= 60);
    }

    [Fact]
    public async Task No_planted_value_reaches_generated_code_the_manifest_or_a_diagnostic()
    {
        (CSharpCompilation compilation, ImmutableArray<AdditionalText> additionalFiles) = App();
        string inputs = string.Concat(compilation.SyntaxTrees.Select(t => t.ToString()).Concat(additionalFiles.Select(f => f.GetText()!.ToString())));
        Assert.All(Planted, planted => Assert.Contains(planted, inputs));
        var options = new CorpusOptions(
            new Dictionary<string, string>
            {
                ["build_property.RootNamespace"] = "Shop",
                ["build_property.ProjectDir"] = "/app/",
                ["paritykit.sandbox_hosts"] = "sandbox.acme.test=api.acme.test",
            },
            []);

        GeneratorDriver driver = CSharpGeneratorDriver.Create(ParityKitComponents.CreateGenerators(), additionalFiles, (CSharpParseOptions)compilation.SyntaxTrees.First().Options, options);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
        GeneratorDriverRunResult run = driver.GetRunResult();
        Assert.All(run.Results, r => Assert.Null(r.Exception));
        Assert.Contains(run.GeneratedTrees, t => t.FilePath.EndsWith("ParityManifest.g.cs", StringComparison.Ordinal));

        ImmutableArray<Diagnostic> diagnostics = await output
            .WithAnalyzers(ParityKitComponents.CreateAnalyzers(), new AnalyzerOptions(additionalFiles, options))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        Assert.Contains(diagnostics, d => d.Id.StartsWith("PK", StringComparison.Ordinal)); // the rules did look at the code

        var outputs = new List<(string Where, string Text)>();
        outputs.AddRange(run.GeneratedTrees.Select(t => ("generated " + Path.GetFileName(t.FilePath), t.ToString())));
        foreach (Diagnostic diagnostic in diagnostics.Concat(generatorDiagnostics).Concat(run.Diagnostics))
        {
            outputs.Add(($"{diagnostic.Id} message", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
            outputs.AddRange(diagnostic.Properties.Select(p => ($"{diagnostic.Id} property {p.Key}", p.Value ?? string.Empty)));
        }

        var leaks = (from planted in Planted
                     from o in outputs
                     where o.Text.Contains(planted, StringComparison.Ordinal) || o.Text.Contains(Core(planted), StringComparison.Ordinal)
                     select $"{o.Where} holds '{planted}'").Distinct().ToList();
        Assert.True(leaks.Count == 0, "Planted secrets in ParityKit's output:\n" + string.Join("\n", leaks));
    }

    /// <summary>The distinctive part of a planted value (its "planted…" token), found even when the value is cut or escaped.</summary>
    private static string Core(string planted)
    {
        int at = planted.IndexOf("lanted", StringComparison.OrdinalIgnoreCase);
        if (at < 1)
        {
            return planted;
        }

        int end = at;
        while (end < planted.Length && (char.IsLetterOrDigit(planted[end]) || planted[end] == '-'))
        {
            end++;
        }

        return planted.Substring(at - 1, end - at + 1);
    }

    private static (CSharpCompilation Compilation, ImmutableArray<AdditionalText> AdditionalFiles) App()
    {
        string P(int n) => Planted[n - 1];
        string declarations = $$"""
            using ParityKit;

            [assembly: ParityApp("shop")]
            [assembly: RequiresSecret("Stripe:ApiKey", Source = "vault:payments/stripe")]
            [assembly: RequiresSecret("Stripe:WebhookSecret", Source = "{{P(4)}}")]
            [assembly: RequiresSecret("Db:Password", Source = "{{P(52)}}")]
            [assembly: RequiresSecret("ConnectionStrings:Default", Source = "vault:db")]
            [assembly: RequiresSecret("Smtp:Password")]
            [assembly: RequiresSetting("Db:Connection", Default = "{{P(21)}}")]
            [assembly: RequiresSetting("Mail:Password", Default = "{{P(53)}}")]
            [assembly: RequiresSetting("Search:Region", Default = "eu-west")]
            [assembly: RequiresSetting("Legacy:Key", Default = "{{P(1)}}")]
            [assembly: ThirdPartyApi("stripe", ConfigKey = "Stripe:BaseUrl", Live = "https://api.stripe.com", Sandbox = "https://api.stripe.com", KeySetting = "Stripe:ApiKey")]
            [assembly: ThirdPartyApi("paypal", ConfigKey = "PayPal:BaseUrl", Live = "{{P(30)}}", Sandbox = "{{P(42)}}", KeySetting = "{{P(2)}}")]
            [assembly: FlagBaseline("new-checkout", false)]
            [assembly: BaseUrlSetting("App:BaseUrl")]
            [assembly: ClientStorageKey("onboarding-step")]
            """;

        var code = new System.Text.StringBuilder("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Configuration;
            using Microsoft.FeatureManagement;

            namespace Shop
            {
                public static class Keys
                {

            """);
        int[] constants = [1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 22, 23, 24, 25, 26, 27, 28, 29, 31, 32, 33, 35, 36, 37, 38, 39, 40];
        foreach (int n in constants)
        {
            code.Append("        public const string Value").Append(n).Append(" = ").Append(SymbolDisplay.FormatLiteral(P(n), quote: true)).Append(";\n");
        }

        code.Append($$""""
                    public static readonly string Verbatim = @"{{P(57)}}";
                    public static readonly string Raw = """{{P(58)}}""";
                    public static readonly string Concatenated = "prefix-" + "{{P(59)}}";
                    public static ReadOnlySpan<byte> Utf8 => "{{P(56)}}"u8;
                }

                [AttributeUsage(AttributeTargets.All)]
                public sealed class VaultAttribute(string value) : Attribute { public string Value { get; } = value; }

                [Vault("{{P(60)}}")]
                public sealed class Payments(HttpClient http, IConfiguration configuration, IFeatureManager features)
                {
                    public async Task<string> PayAsync(int cents)
                    {
                        string key = configuration["Stripe:ApiKey"] ?? "{{P(1)}}";
                        string db = configuration.GetConnectionString("Default") ?? "{{P(22)}}";
                        string smtp = Environment.GetEnvironmentVariable("Smtp__Password") ?? "{{P(51)}}";
                        http.DefaultRequestHeaders.Add("Authorization", "{{P(34)}}");
                        http.DefaultRequestHeaders.Add("X-Api-Key", "{{P(54)}}");
                        http.BaseAddress = new Uri("{{P(42)}}");
                        string token = $"{{P(55)}}-{cents}";
                        bool on = await features.IsEnabledAsync("new-checkout");
                        using HttpResponseMessage response = await http.GetAsync("{{P(41)}}");
                        return key + db + smtp + token + on + await http.GetStringAsync("{{P(31)}}");
                    }
                }
            }

            """");

        CSharpParseOptions parseOptions = new(LanguageVersion.Latest);
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Shop",
            [
                CSharpSyntaxTree.ParseText(declarations, parseOptions, path: "/app/ParityDeclarations.cs"),
                CSharpSyntaxTree.ParseText(code.ToString(), parseOptions, path: "/app/Payments.cs"),
            ],
            CorpusReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        string appsettings = $$"""
            {
              "ConnectionStrings": { "Default": "{{P(47)}}", "Reports": "{{P(23)}}" },
              "Stripe": { "BaseUrl": "https://api.stripe.com", "ApiKey": "{{P(44)}}", "WebhookSecret": "{{P(4)}}" },
              "Smtp": { "Host": "smtp.internal", "Password": "{{P(45)}}" },
              "Auth": { "ClientSecret": "{{P(46)}}", "Token": "{{P(40)}}" },
              "Search": { "Region": "eu-west" },
              "FeatureManagement": {
                "new-checkout": false,
                "beta": { "EnabledFor": [ { "Name": "Custom", "Parameters": { "Token": "{{P(43)}}" } } ] }
              }
            }
            """;
        string production = $$"""
            { "Stripe": { "ApiKey": "{{P(50)}}" }, "Auth": { "Token": "{{P(48)}}" }, "Db": { "Password": "{{P(18)}}" }, "FeatureManagement": { "beta": true } }
            """;
        string staging = $$"""
            { "Auth": { "Token": "{{P(49)}}" }, "Cache": { "Redis": "{{P(26)}}" }, "FeatureManagement": { "new-checkout": true } }
            """;
        string razor = $$"""
            @page
            <script src="~/js/site.js"></script>
            <script>localStorage.setItem('token', '{{P(37)}}');</script>
            """;
        ImmutableArray<AdditionalText> files =
        [
            new CorpusText("/app/appsettings.json", SourceText.From(appsettings)),
            new CorpusText("/app/appsettings.Production.json", SourceText.From(production)),
            new CorpusText("/app/appsettings.Staging.json", SourceText.From(staging)),
            new CorpusText("/app/Pages/Index.cshtml", SourceText.From(razor)),
            new CorpusText("/app/wwwroot/js/site.js", SourceText.From($"localStorage.setItem('k', '{P(38)}'); fetch('{P(39)}');")),
        ];
        return (compilation, files);
    }
}
