namespace ParityKit.Tests.Reliability;

/// <summary>
/// Inputs shaped to reach every rule's interesting code paths, so the mutations land where the analyzers and
/// generators do real work: declarations with odd arguments, flag reads of every recognised reader, sandbox URLs in
/// every literal form, raw SQL through each sink, configuration and environment reads, browser storage, EF Core
/// migrations and snapshots, seed baselines, vendor keys. Reader SDKs the tests do not reference are declared here
/// under their real metadata names, as a referenced assembly would declare them.
/// </summary>
internal static class CorpusSeeds
{
    public static IReadOnlyList<(string Path, string Text)> CSharp { get; } =
    [
        ("Seeds/Declarations.cs", """
            using ParityKit;

            [assembly: ParityApp("corpus-app")]
            [assembly: RequiresSetting("Checkout:Currency", Default = "USD")]
            [assembly: RequiresSetting("checkout__currency", Default = "EUR")]
            [assembly: RequiresSetting("")]
            [assembly: RequiresSetting(null)]
            [assembly: RequiresSetting("Db:Connection", Default = "Host=db;Password=p")]
            [assembly: RequiresSecret("Stripe:ApiKey", Source = "vault:payments/stripe")]
            [assembly: RequiresSecret("Stripe:ApiKey", Source = "sk_live_1234567890abcdef")]
            [assembly: RequiresSecret("A::B:", Source = "")]
            [assembly: ThirdPartyApi("stripe", ConfigKey = "Stripe:BaseUrl", Live = "https://api.stripe.com", Sandbox = "https://api.stripe.com", KeySetting = "Stripe:ApiKey", PreviewTier = ApiTier.Sandbox)]
            [assembly: ThirdPartyApi("paypal", ConfigKey = "PayPal:BaseUrl", Live = "https://api-m.paypal.com", Sandbox = "https://api-m.sandbox.paypal.com", PreviewTier = (ApiTier)42)]
            [assembly: ThirdPartyApi("", Live = "not a url", Sandbox = "ftp://x", KeySetting = "")]
            [assembly: ThirdPartyApi("Stripe", Live = "https://example.com")]
            [assembly: FlagBaseline("new-checkout", false)]
            [assembly: FlagBaseline("new-checkout", true)]
            [assembly: FlagBaseline("rollout", true, RolloutPercentage = 10, Variants = new[] { "a", "", null })]
            [assembly: FlagBaseline("bad-rollout", false, RolloutPercentage = 150)]
            [assembly: FlagBaseline("", true, RolloutPercentage = -1, Variants = null)]
            [assembly: BaseUrlSetting("App:BaseUrl")]
            [assembly: BaseUrlSetting("")]
            [assembly: ClientStorageKey("onboarding-step")]
            [assembly: ClientStorageKey(null)]
            [assembly: ServiceWorker("wwwroot/sw.js")]
            [assembly: ServiceWorker("../../etc/passwd")]
            [assembly: ServiceWorker("https://cdn.example.com/sw.js")]
            """),
        ("Seeds/Flags.cs", """
            using ParityKit;

            namespace Corpus.Flags
            {
                [FeatureFlags]
                public static class StoreFlags
                {
                    [Baseline(false)] public const string NewCheckout = "new-checkout";
                    [Baseline(true, RolloutPercentage = 10)] public const string FastSearch = "fast-search";
                    [Baseline(true, RolloutPercentage = 101)] public const string TooMuch = "too-much";
                    [Baseline(false, Variants = new[] { "blue", "green" })] public const string Theme = "theme";
                    [Baseline(true)] public static readonly string NotConst = "not-const";
                    [Baseline(true)] public const int Number = 42;
                    [Baseline(true)] public const string? Nothing = null;
                    [Baseline(true)] public const string Empty = "";
                    [Baseline(false)] public const string Duplicate = "NEW-CHECKOUT";

                    [FeatureFlags]
                    public static class Nested
                    {
                        [Baseline(true)] public const string Inner = "inner-" + FastSearch;
                    }
                }

                public static class NotMarked
                {
                    [Baseline(true)] public const string Orphan = "orphan";
                }

                [FeatureFlags]
                public static partial class Split { [Baseline(true)] public const string A = "split-a"; }

                [FeatureFlags]
                public static partial class Split { [Baseline(false)] public const string B = "split-b"; }

                [FeatureFlags]
                public class Generic<T> { [Baseline(true)] public const string G = "generic"; }
            }
            """),
        ("Seeds/FlagReads.cs", """
            using System.Collections.Generic;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.FeatureManagement;
            using ParityKit;

            namespace Corpus.Reads
            {
                public interface IFeatureService
                {
                    bool IsEnabled([FlagKey] string key, bool defaultValue = false);
                    T Get<T>([FlagKey] string flag, T defaultSetting);
                }

                public sealed class Reader(IFeatureManager manager, IVariantFeatureManager variants, IFeatureService custom)
                {
                    private const string Local = "local-flag";
                    private static readonly string NotConstant = "runtime";

                    public async Task<int> ReadAllAsync(string fromCaller, CancellationToken cancellationToken)
                    {
                        int on = 0;
                        if (await manager.IsEnabledAsync("new-checkout")) on++;
                        if (await manager.IsEnabledAsync(Corpus.Flags.StoreFlags.FastSearch)) on++;
                        if (await manager.IsEnabledAsync(Local + "-suffix")) on++;
                        if (await manager.IsEnabledAsync(NotConstant)) on++;
                        if (await manager.IsEnabledAsync(fromCaller)) on++;
                        if (await manager.IsEnabledAsync(null!)) on++;
                        if (await manager.IsEnabledAsync($"interp-{on}")) on++;
                        if (await manager.IsEnabledAsync("ctx", new object())) on++;
                        if (await variants.IsEnabledAsync("variant-flag", cancellationToken)) on++;
                        Variant? variant = await variants.GetVariantAsync("theme", cancellationToken);
                        if (custom.IsEnabled("custom-flag", defaultValue: true)) on++;
                        if (custom.IsEnabled(key: "named", defaultValue: false)) on++;
                        if (custom.Get("typed", defaultSetting: 3) > 0) on++;
                        if (custom?.IsEnabled("conditional-access") == true) on++;
                        await foreach (string name in manager.GetFeatureNamesAsync()) { on += name.Length; }
                        return on + (variant?.Name?.Length ?? 0);
                    }

                    public bool Forward([FlagKey] string key) => custom.IsEnabled(key);
                }
            }

            namespace OpenFeature
            {
                public interface IFeatureClient
                {
                    Task<bool> GetBooleanValueAsync(string flagKey, bool defaultValue, object? context = null);
                    Task<string> GetStringDetailsAsync(string flagKey, string defaultValue);
                }
            }

            namespace LaunchDarkly.Sdk.Server.Interfaces
            {
                public interface ILdClient { bool BoolVariation(string key, object context, bool defaultValue = false); }
            }

            namespace Unleash
            {
                public interface IUnleash { bool IsEnabled(string toggleName, bool defaultSetting); }
            }

            namespace ConfigCat.Client
            {
                public interface IConfigCatClient { T GetValue<T>(string key, T defaultValue, object? user = null); }
            }

            namespace Corpus.Vendors
            {
                public sealed class VendorReads(OpenFeature.IFeatureClient of, LaunchDarkly.Sdk.Server.Interfaces.ILdClient ld,
                    Unleash.IUnleash unleash, ConfigCat.Client.IConfigCatClient cc)
                {
                    public async Task<bool> AllAsync() =>
                        await of.GetBooleanValueAsync("of-flag", true)
                        && ld.BoolVariation("ld-flag", new object(), defaultValue: true)
                        && unleash.IsEnabled("unleash-flag", false)
                        && cc.GetValue("cc-flag", false)
                        && (await of.GetStringDetailsAsync("of-details", "x")).Length > 0;
                }
            }

            namespace Microsoft.FeatureManagement.Mvc
            {
                [System.AttributeUsage(System.AttributeTargets.All, AllowMultiple = true)]
                public sealed class FeatureGateAttribute : System.Attribute
                {
                    public FeatureGateAttribute(params string[] features) { }
                    public FeatureGateAttribute(Microsoft.FeatureManagement.RequirementType requirementType, params string[] features) { }
                    public FeatureGateAttribute(params object[] features) { }
                }
            }

            namespace Corpus.Gates
            {
                using Microsoft.FeatureManagement.Mvc;

                public enum MyFeatures { GateOne, GateTwo }

                [FeatureGate("gate-a", "gate-b")]
                public sealed class GatedController
                {
                    [FeatureGate(Microsoft.FeatureManagement.RequirementType.All, "gate-c", Corpus.Flags.StoreFlags.NewCheckout)]
                    public void Action() { }

                    [FeatureGate(MyFeatures.GateOne, MyFeatures.GateTwo)]
                    public void Enum() { }

                    [FeatureGate(new[] { "arr-1", "arr-2" })]
                    public void Array() { }

                    [FeatureGate()]
                    public void Empty() { }
                }
            }
            """),
        ("Seeds/Endpoints.cs", """"
            using System;
            using System.Net.Http;
            using System.Text;

            namespace Corpus.Endpoints
            {
                public static class Urls
                {
                    public const string PayPal = "https://api-m.sandbox.paypal.com";
                    public const string PayPalPath = "https://api-m.sandbox.paypal.com/v2/checkout/orders?x=1#frag";
                    public const string Braintree = "api.sandbox.braintreegateway.com";
                    public const string Adyen = "https://checkout-test.adyen.com/v71/payments";
                    public const string Amazon = "https://pay-api.amazon.com/sandbox/v2/checkoutSessions";
                    public const string AmazonFragment = "https://example.com/OffAmazonPayments_Sandbox/x";
                    public const string Checkout = "https://merchant.api.sandbox.checkout.com";
                    public const string UserInfo = "https://user:pass@api.sandbox.paypal.com:8443/";
                    public const string Evil = "https://api.sandbox.paypal.com@evil.test/";
                    public const string Ipv6 = "https://[::1]:5001/api";
                    public const string Trailing = "https://api-m.sandbox.paypal.com./";
                    public const string Upper = "HTTPS://API-M.SANDBOX.PAYPAL.COM";
                    public const string Custom = "https://sandbox.acme.test/v1";
                    public const string Staging = "https://staging.corpus-app.com/login";
                    public const string Qa = "wss://qa.corpus-app.com/socket";
                    public const string Prose = "See https://api-m.sandbox.paypal.com for details.";
                    public const string Concat = "https://" + "api-m.sandbox.paypal.com" + "/v1";
                    public const string Verbatim = @"https://api.sandbox.ebay.com\path";
                    public const string Raw = """https://sandbox.plaid.com/""";
                    public static ReadOnlySpan<byte> Utf8 => "https://connect.squareupsandbox.com"u8;
                    public const string Port = "https://sandbox.plaid.com:99999/";
                    public const string Label = "https://a..b.sandbox.paypal.com";
                    public const string LongLabel = "https://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.sandbox.paypal.com";
                }

                public sealed class Client(HttpClient http, string region)
                {
                    public void Configure()
                    {
                        http.BaseAddress = new Uri("https://api-m.sandbox.paypal.com");
                        http.BaseAddress = new Uri($"https://api.sandbox.ebay.com/{region}");
                        http.BaseAddress = new Uri($"https://{region}.api.sandbox.checkout.com/");
                        http.BaseAddress = new Uri($$"""https://sandbox.plaid.com/{{region}}""");
                        _ = http.GetAsync("https://api.stripe.com/v1/charges");
                        _ = http.GetAsync("https://api.example.org/thing");
                        _ = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1:8080/");
                        _ = Encoding.UTF8.GetString("https://sandbox.plaid.com"u8);
                        _ = new Uri(new Uri("https://api-m.sandbox.paypal.com"), "/v1");
                        Func<string> lambda = () => "https://api.sandbox.paypal.com";
                        _ = lambda();
                    }
                }
            }
            """"),
        ("Seeds/Sql.cs", """
            using System.Collections.Generic;
            using System.Data;
            using System.Data.Common;
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;

            namespace Corpus.Sql
            {
                public sealed class User { public int Id { get; set; } public string ExternalId { get; set; } = ""; }

                public sealed class StoreDbContext(DbContextOptions<StoreDbContext> options) : DbContext(options)
                {
                    public DbSet<User> Users => Set<User>();
                }

                public sealed class Queries(StoreDbContext db, IDbConnection connection, DbConnection ado)
                {
                    private const string Table = "users";
                    private const string Select = "SELECT id, user_identifier FROM " + Table;

                    public async Task<int> RunAsync(int id, string name)
                    {
                        var a = db.Users.FromSqlRaw("SELECT * FROM users WHERE user_identifier = {0}", name).ToList();
                        var b = db.Users.FromSqlRaw(Select + " WHERE id = @id").ToList();
                        var c = db.Users.FromSqlInterpolated($"SELECT * FROM users WHERE id = {id} AND external_id = {name}").ToList();
                        var d = db.Users.FromSql($"SELECT [id], \"external_id\", `email` FROM [users] AS u -- user_identifier\n /* dropped_column */ WHERE u.id = {id}").ToList();
                        int e = await db.Database.ExecuteSqlRawAsync("UPDATE users SET user_identifier = 'x' WHERE id = {0}", id);
                        int f = db.Database.ExecuteSqlRaw("DELETE FROM orders; DROP TABLE users; " + "SELECT 'a''b' FROM \"weird table\"");
                        var g = db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS Value FROM users u JOIN orders o ON o.user_id = u.id").ToList();
                        var h = db.Database.SqlQuery<int>($"WITH x AS (SELECT id FROM users) SELECT id AS Value FROM x");
                        using DbCommand command = ado.CreateCommand();
                        command.CommandText = "SELECT user_identifier FROM users WHERE id = @id";
                        command.CommandText = $"INSERT INTO users (id, user_identifier) VALUES ({id}, '{name}')";
                        command.CommandText = "SELECT" + new string(' ', 3) + "x";
                        command.CommandText = null;
                        command.CommandText = "";
                        command.CommandText = "SELECT (((((((( id )))))))) FROM (SELECT * FROM (SELECT * FROM users) a) b WHERE 'unterminated";
                        IDbCommand legacy = connection.CreateCommand();
                        legacy.CommandText = "SELECT * FROM [unclosed";
                        return a.Count + b.Count + c.Count + d.Count + e + f + g.Count + h.Count() + await Task.FromResult(0);
                    }
                }
            }

            namespace Dapper
            {
                public static class SqlMapper
                {
                    public static IEnumerable<T> Query<T>(this IDbConnection cnn, string sql, object? param = null) => new List<T>();
                    public static Task<IEnumerable<T>> QueryAsync<T>(this IDbConnection cnn, string sql, object? param = null) => Task.FromResult<IEnumerable<T>>(new List<T>());
                    public static int Execute(this IDbConnection cnn, string sql, object? param = null) => 0;
                    public static T QueryFirst<T>(this IDbConnection cnn, string sql, object? param = null) => default!;
                    public static object QueryMultiple(this IDbConnection cnn, string sql, object? param = null) => new object();
                }
            }

            namespace Corpus.Dapper
            {
                using global::Dapper;

                public sealed class DapperQueries(IDbConnection connection)
                {
                    public int Run(int id) =>
                        connection.Query<int>("SELECT id FROM users WHERE user_identifier = @id", new { id }).Count()
                        + connection.Execute("UPDATE users SET email = @e", new { e = "x" })
                        + connection.QueryFirst<int>("SELECT COUNT(*) FROM nope")
                        + connection.Query<int>(sql: "SELECT 1", param: null).Count();
                }
            }
            """),
        ("Seeds/Settings.cs", """
            using System;
            using System.Collections.Generic;
            using Microsoft.Extensions.Configuration;

            namespace Corpus.Settings
            {
                public sealed class Options { public string? Currency { get; set; } public int Retries { get; set; } }

                public sealed class Reads(IConfiguration configuration, IConfigurationSection section)
                {
                    public string Read(string key)
                    {
                        string? a = configuration["Checkout:Currency"];
                        string b = configuration["Stripe:ApiKey"] ?? "sk_test_fallback_value";
                        string c = configuration.GetConnectionString("Default") ?? "Host=old-db;Username=app;Password=hunter2";
                        string d = Environment.GetEnvironmentVariable("DATABASE_URL") ?? "postgres://user:pw@old-host:5432/db";
                        string? e = configuration[key];
                        string? f = configuration[$"Dynamic:{key}:Value"];
                        string? g = configuration["Checkout" + ":" + "SupportEmail"];
                        string? h = section["Nested:Key"];
                        var options = new Options();
                        configuration.GetSection("Checkout").Bind(options);
                        configuration.Bind("Retry", options);
                        IConfigurationSection child = configuration.GetSection("Payments").GetSection("Stripe");
                        string? i = child["ApiKey"];
                        string? j = configuration.GetSection("A:B:C").Value;
                        string? k = configuration[null!];
                        string? l = configuration[""];
                        string? m = Environment.GetEnvironmentVariable("Checkout__Currency");
                        string? n = Environment.GetEnvironmentVariable(key, EnvironmentVariableTarget.Process);
                        const string Conn = "Server=tcp:prod.database.windows.net,1433;Initial Catalog=db;User ID=admin;Password=P@ssw0rd!;";
                        const string Url = "mongodb://admin:secret@mongo.internal:27017";
                        const string Redis = "redis.internal:6379,password=abc123,ssl=True";
                        return string.Concat(a, b, c, d, e, f, g, h, i, j, k, l, m, n, Conn, Url, Redis, options.Currency);
                    }
                }
            }
            """),
        ("Seeds/VendorKeys.cs", """
            namespace Corpus.Keys
            {
                public static class Keys
                {
                    public const string LiveSecret = "sk_live_51HqLyjWDarjtT1zdp7dc0000000000";
                    public const string TestSecret = "sk_test_4eC39HqLyjWDarjtT1zdp7dc";
                    public const string Webhook = "whsec_1234567890abcdefghijklmnopqrstu";
                    public const string Restricted = "rk_live_abcdefghijklmnop";
                    public const string Publishable = "pk_test_TYooMQauvdEDq54NiTphI7jx";
                    public const string Square = "sandbox-sq0idb-abcdefghijklmnopqrstuv";
                    public const string Prefix = "sk_live_";
                    public const string InProse = "our key starts with sk_live_ and is secret";
                    public const string Aws = "AKIAIOSFODNN7EXAMPLE";
                    public static readonly string Interpolated = $"sk_live_{Prefix}";
                }
            }
            """),
        ("Seeds/Browser.cs", """
            using System.Threading.Tasks;
            using ParityKit;

            [assembly: ClientStorageKey("cart-id")]

            namespace Microsoft.JSInterop
            {
                public interface IJSRuntime
                {
                    ValueTask<TValue> InvokeAsync<TValue>(string identifier, params object?[]? args);
                }

                public static class JSRuntimeExtensions
                {
                    public static ValueTask InvokeVoidAsync(this IJSRuntime js, string identifier, params object?[]? args) => default;
                }
            }

            namespace Microsoft.AspNetCore.Components.Server.ProtectedBrowserStorage
            {
                public class ProtectedLocalStorage
                {
                    public ValueTask SetAsync(string key, object value) => default;
                    public ValueTask<object> GetAsync<TValue>(string key) => default;
                }
            }

            namespace Corpus.Browser
            {
                using Microsoft.JSInterop;
                using Microsoft.AspNetCore.Components.Server.ProtectedBrowserStorage;

                public sealed class Storage(IJSRuntime js, ProtectedLocalStorage protectedStorage)
                {
                    public async Task RunAsync(string key)
                    {
                        await js.InvokeVoidAsync("localStorage.setItem", "onboarding-step", "2");
                        await js.InvokeVoidAsync("sessionStorage.setItem", key, "x");
                        await js.InvokeVoidAsync("localStorage.removeItem", null);
                        await js.InvokeAsync<string>("localStorage.getItem", "undeclared-key");
                        await js.InvokeVoidAsync("navigator.serviceWorker.register", "/sw.js");
                        await js.InvokeVoidAsync("eval", "localStorage.setItem('from-eval', 1)");
                        await protectedStorage.SetAsync("protected-key", 1);
                        await protectedStorage.GetAsync<int>("");
                    }
                }
            }

            namespace Microsoft.AspNetCore.Builder
            {
                public interface IApplicationBuilder { }
                public static class StaticFileExtensions { public static IApplicationBuilder UseStaticFiles(this IApplicationBuilder app) => app; }
            }

            namespace Corpus.Startup
            {
                using Microsoft.AspNetCore.Builder;

                public static class Pipeline
                {
                    public static void Configure(IApplicationBuilder app)
                    {
                        app.UseStaticFiles();
                        _ = "https://staging.corpus-app.com";
                        _ = "https://uat.corpus-app.com:8443/path";
                        _ = "https://preprod-corpus-app.azurewebsites.net";
                    }
                }
            }
            """),
        ("Seeds/Migrations.cs", """
            using System;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.EntityFrameworkCore.Infrastructure;
            using Microsoft.EntityFrameworkCore.Migrations;

            #nullable disable

            namespace Corpus.Data.Migrations
            {
                [DbContext(typeof(Corpus.Sql.StoreDbContext))]
                [Migration("20260101000000_Initial")]
                public partial class Initial : Migration
                {
                    protected override void Up(MigrationBuilder migrationBuilder)
                    {
                        migrationBuilder.EnsureSchema(name: "app");
                        migrationBuilder.CreateTable(
                            name: "users",
                            columns: table => new
                            {
                                id = table.Column<int>(type: "INTEGER", nullable: false)
                                    .Annotation("Sqlite:Autoincrement", true),
                                user_identifier = table.Column<string>(type: "TEXT", nullable: false),
                                email = table.Column<string>(type: "TEXT", nullable: true, maxLength: 200),
                                legacy = table.Column<string>(nullable: true)
                            },
                            constraints: table =>
                            {
                                table.PrimaryKey("PK_users", x => x.id);
                            });
                        migrationBuilder.CreateTable(name: "orders", columns: t => new { id = t.Column<long>(), user_id = t.Column<int>(name: "user_id") });
                        migrationBuilder.CreateTable(name: null, columns: null);
                        migrationBuilder.CreateTable(name: "weird", columns: table => null);
                        migrationBuilder.CreateIndex(name: "IX_orders_user_id", table: "orders", column: "user_id");
                    }

                    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "users");
                }

                [DbContext(typeof(Corpus.Sql.StoreDbContext))]
                [Migration("20260301000000_Rename")]
                public partial class Rename : Migration
                {
                    protected override void Up(MigrationBuilder migrationBuilder)
                    {
                        migrationBuilder.RenameColumn(name: "user_identifier", table: "users", newName: "external_id");
                        migrationBuilder.RenameColumn("email", "users", "mail");
                        migrationBuilder.RenameColumn(name: "x", table: "nope", newName: "y");
                        migrationBuilder.RenameTable(name: "orders", newName: "purchases");
                        migrationBuilder.DropColumn(name: "legacy", table: "users");
                        migrationBuilder.AddColumn<int>(name: "age", table: "users", type: "INTEGER", nullable: false, defaultValue: 0);
                        migrationBuilder.AlterColumn<string>(name: "mail", table: "users", type: "TEXT", nullable: false, oldClrType: typeof(string), oldNullable: true);
                        migrationBuilder.DropTable(name: "missing");
                        migrationBuilder.Sql("UPDATE users SET age = 1");
                    }
                }

                [Migration("")]
                public partial class NoId : Migration { protected override void Up(MigrationBuilder migrationBuilder) { } }

                [Migration(null)]
                public partial class NullId : Migration { protected override void Up(MigrationBuilder migrationBuilder) => throw null; }

                [DbContext(typeof(Corpus.Sql.StoreDbContext))]
                partial class StoreDbContextModelSnapshot : ModelSnapshot
                {
                    protected override void BuildModel(ModelBuilder modelBuilder)
                    {
            #pragma warning disable 612, 618
                        modelBuilder.HasAnnotation("ProductVersion", "10.0.15");
                        modelBuilder.Entity("Corpus.Sql.User", b =>
                            {
                                b.Property<int>("Id").ValueGeneratedOnAdd().HasColumnType("INTEGER").HasColumnName("id");
                                b.Property<string>("ExternalId").IsRequired().HasColumnType("TEXT").HasColumnName("external_id");
                                b.Property<string>("Mail").HasColumnName(null);
                                b.HasKey("Id");
                                b.ToTable("users", (string)null);
                            });
                        modelBuilder.Entity("Corpus.Sql.Purchase", b => { b.ToTable("purchases", "app"); b.Property<long>("Id"); });
                        modelBuilder.Entity("Corpus.Sql.Empty", b => { });
                        modelBuilder.Entity((string)null, (System.Action<Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder>)null);
            #pragma warning restore 612, 618
                    }
                }
            }
            """),
        ("Seeds/Mappings.cs", """
            using System.ComponentModel.DataAnnotations.Schema;
            using Microsoft.EntityFrameworkCore;

            namespace Corpus.Mappings
            {
                [Table("users")]
                public sealed class Mapped
                {
                    [Column("user_identifier")] public string Legacy { get; set; } = "";
                    [Column("external_id", TypeName = "TEXT")] public string External { get; set; } = "";
                    [Column(null)] public string Nothing { get; set; } = "";
                    [Column(Order = 3)] public int Ordered { get; set; }
                }

                public sealed class MappingContext : DbContext
                {
                    protected override void OnModelCreating(ModelBuilder modelBuilder)
                    {
                        modelBuilder.Entity<Mapped>(b =>
                        {
                            b.ToTable("accounts");
                            b.Property(x => x.Legacy).HasColumnName("dropped_column");
                            b.Property(x => x.External).HasColumnName(null);
                            b.Property("Shadow").HasColumnName("shadow");
                        });
                        modelBuilder.Entity<Mapped>().ToTable(null);
                    }
                }
            }
            """),
        ("Seeds/Seeds.cs", """
            using System.Collections.Generic;
            using ParityKit;

            namespace Corpus.Seeds
            {
                public sealed class Account { public int Id { get; set; } [TargetingId] public string Email { get; set; } = ""; public string? Missing { get; set; } }

                [SeedBaseline("default")]
                public static partial class DefaultSeed
                {
                    public static IEnumerable<Account> Accounts() =>
                    [
                        new() { Id = 1, Email = "alice@example.test" },
                        new() { Id = 2, Email = "bob@example.test", Missing = null! },
                        new Account { Id = 3 },
                    ];

                    public static IEnumerable<Corpus.Sql.User> Users() { yield return new() { Id = 1, ExternalId = "ext-1" }; }

                    public static List<int> NotRows() => [1, 2, 3];
                }

                [SeedBaseline("")]
                public static partial class EmptyName { }

                [SeedBaseline(null)]
                public partial class NullName { public IEnumerable<Account> Rows => null!; }
            }
            """),
        ("Seeds/Modern.cs", """
            #nullable enable
            using System;
            using System.Collections.Generic;
            using System.Runtime.CompilerServices;
            using System.Threading.Tasks;

            file sealed class FileLocal { }

            public record struct Point(int X, int Y);

            public static class Extensions
            {
                extension(string text)
                {
                    public bool IsUrl => text.StartsWith("https://", StringComparison.Ordinal);
                    public string Sandbox() => "https://api-m.sandbox.paypal.com/" + text;
                }
            }

            public unsafe struct Buffer { public fixed byte Data[16]; }

            public sealed class Modern<T> where T : allows ref struct
            {
                public required string Name { get; init; }
                public string Field { get => field ?? "https://sandbox.plaid.com"; set; }
                [ModuleInitializer] internal static void Init() { }

                public async IAsyncEnumerable<int> StreamAsync()
                {
                    await Task.Yield();
                    yield return 1;
                }

                public object Match(object o) => o switch
                {
                    string { Length: > 3 } s when s.Contains("sandbox") => s,
                    int[] [1, .. var rest] => rest,
                    (int a, int b) => a + b,
                    _ => throw new InvalidOperationException(),
                };

                public Span<byte> Utf8() => "https://api.sandbox.ebay.com"u8.ToArray();

                public IEnumerable<string> Collection() => ["https://sandbox.plaid.com", .. new[] { "a" }];
            }
            """),
        ("Seeds/TopLevel.cs", """
            using Microsoft.Extensions.Configuration;
            using Microsoft.FeatureManagement;

            IConfiguration config = new ConfigurationBuilder().Build();
            string url = config["PayPal:BaseUrl"] ?? "https://api-m.sandbox.paypal.com";
            IFeatureManager? manager = null;
            if (manager is not null && await manager.IsEnabledAsync("top-level-flag")) { System.Console.WriteLine(url); }
            return 0;
            """),
    ];

    public static IReadOnlyList<(string Path, string Text)> Json { get; } =
    [
        ("appsettings.json", """
            {
              "ConnectionStrings": { "Default": "Host=db;Password=hunter2" },
              "Checkout": { "Currency": "USD", "SupportEmail": "support@example.test" },
              "Stripe": { "BaseUrl": "https://api.stripe.com", "ApiKey": "sk_test_123" },
              "PayPal": { "BaseUrl": "https://api-m.sandbox.paypal.com" },
              "App": { "BaseUrl": "https://staging.corpus-app.com" },
              "FeatureManagement": {
                "new-checkout": false,
                "fast-search": { "EnabledFor": [ { "Name": "Microsoft.Targeting", "Parameters": { "Audience": { "DefaultRolloutPercentage": 10 } } } ] },
                "theme": { "EnabledFor": [ { "Name": "Microsoft.Percentage", "Parameters": { "Value": 50 } } ] }
              },
              "feature_management": { "feature_flags": [ { "id": "schema-v2", "enabled": true, "conditions": { "client_filters": [] } } ] }
            }
            """),
        ("appsettings.Production.json", """
            {
              // Production state
              "FeatureManagement": { "new-checkout": false, "Recommendations": true, "fast-search": true, "weird": "yes", "nullish": null, "num": 1e400 },
              "Checkout": { "Currency": "EUR" },
            }
            """),
        ("appsettings.Staging.json", """
            { "FeatureManagement": { "new-checkout": true, "NEW-CHECKOUT": false, "Recommendations": { "EnabledFor": "not-an-array" } } }
            """),
        ("appsettings.Development.json", """{ "FeatureManagement": [ true, false ] }"""),
        ("config/appsettings.Production.json", """{ "FeatureManagement": { "nested-path": true } }"""),
    ];

    public static IReadOnlyList<(string Path, string Text)> Markup { get; } =
    [
        ("Pages/Index.cshtml", """
            @page
            @model IndexModel
            <script src="~/js/site.js"></script>
            <script src="~/js/versioned.js" asp-append-version="true"></script>
            <link rel="stylesheet" href="~/css/site.css" />
            <script>
              localStorage.setItem('inline-key', '1');
              navigator.serviceWorker.register('/sw.js');
            </script>
            <a href="https://staging.corpus-app.com/login">log in</a>
            @{ var x = "<script src='not-really'>"; }
            """),
        ("Components/App.razor", """
            <script src="_framework/blazor.web.js"></script>
            <script src="@Assets["app.js"]"></script>
            <script src="js/unversioned.js"></script>
            @code { private string url = "https://api-m.sandbox.paypal.com"; }
            """),
        ("wwwroot/js/site.js", """
            const key = 'onboarding-step';
            localStorage.setItem(key, '1');
            sessionStorage.getItem("session-key");
            window.localStorage["bracket-key"] = 1;
            if ('serviceWorker' in navigator) { navigator.serviceWorker.register('/sw.js', { scope: '/' }); }
            fetch("https://api-m.sandbox.paypal.com/v1/x");
            const re = /localStorage.setItem\('in-regex'/g; // `template ${localStorage.getItem('in-template')}`
            """),
        ("wwwroot/sw.js", "self.addEventListener('install', e => self.skipWaiting());\n"),
    ];
}
