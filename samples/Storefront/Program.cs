using Microsoft.EntityFrameworkCore;
using Microsoft.FeatureManagement;
using Microsoft.FeatureManagement.AspNetCore;
using Storefront;
using Storefront.Catalog;
using Storefront.Data;
using Storefront.Flags;
using Storefront.Payments;
using Storefront.Seeds;
using Storefront.Settings;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
builder.Services.AddHttpClient<StripePayments>();
builder.Services.AddHttpClient<PayPalPayments>();
builder.Services.Configure<MailOptions>(builder.Configuration.GetSection("Mail"));
builder.Services.AddSingleton<InventoryDrift>();
builder.Services.AddSingleton<InventoryFixed>();

builder.Services.AddFeatureManagement();
builder.Services.AddScoped<CatalogPage>();
builder.Services.AddRazorPages();
builder.Services.AddTransient<Storefront.Onboarding.WelcomeEmail>();
builder.Services.AddDbContext<StoreDbContext>(options => options.UseSqlite(builder.Configuration.GetConnectionString("Store")));
builder.Services.AddScoped<UserDirectory>();

WebApplication app = builder.Build();

// `dotnet run -- --seed[=checkout-cohort]`: migrate, apply a seed baseline (generated from Seeds/), and exit.
if (SeedCommand.Requested(args) is { } seed)
{
    await SeedCommand.RunAsync(app.Services, seed);
    return;
}

// Fail fast when a provisioner forgot a required setting or secret (the list comes from the declarations).
IReadOnlyList<string> missing = ParityManifest.FindMissing(app.Configuration);
if (missing.Count > 0 && !app.Environment.IsDevelopment())
{
    throw new InvalidOperationException("Missing configuration: " + string.Join(", ", missing));
}

// Fingerprinted static files (PK5002): UseStaticFiles() alone would serve them under fixed URLs.
app.MapStaticAssets();
app.MapRazorPages();

app.MapGet("/", () => $"{ParityManifest.AppName}: {ParityManifest.Settings.All.Count} settings, {ParityManifest.Secrets.All.Count} secrets declared");
app.MapGet("/users/{email}/external-id", (UserDirectory users, string email, CancellationToken ct) => users.FindExternalIdAsync(email, ct));
app.MapGet("/users/{externalId}/spent", (UserDirectory users, string externalId, CancellationToken ct) => users.TotalSpentAsync(externalId, ct));
app.MapGet("/schema", () => $"{ParityManifest.Database.Context} at {ParityManifest.Database.LatestMigration} ({ParityManifest.Database.SchemaHash})");
app.MapPost("/checkout/stripe", (StripePayments stripe, decimal amount, CancellationToken ct) => stripe.CreatePaymentIntentAsync(amount, ct));
app.MapGet("/catalog", (CatalogPage page, CancellationToken ct) => page.RenderAsync(ct));
app.MapGet("/search", (string q) => $"fast results for {q}").WithFeatureGate(StoreFlags.FastSearch);
app.MapPost("/checkout/paypal", (PayPalPayments paypal, decimal amount, CancellationToken ct) => paypal.CreateOrderAsync(amount, ct));

app.Run();
