using Storefront;
using Storefront.Payments;
using Storefront.Settings;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
builder.Services.AddHttpClient<StripePayments>();
builder.Services.AddHttpClient<PayPalPayments>();
builder.Services.Configure<MailOptions>(builder.Configuration.GetSection("Mail"));
builder.Services.AddSingleton<InventoryDrift>();
builder.Services.AddSingleton<InventoryFixed>();

WebApplication app = builder.Build();

// Fail fast when a provisioner forgot a required setting or secret (the list comes from the declarations).
IReadOnlyList<string> missing = ParityManifest.FindMissing(app.Configuration);
if (missing.Count > 0 && !app.Environment.IsDevelopment())
{
    throw new InvalidOperationException("Missing configuration: " + string.Join(", ", missing));
}

app.MapGet("/", () => $"{ParityManifest.AppName}: {ParityManifest.Settings.All.Count} settings, {ParityManifest.Secrets.All.Count} secrets declared");
app.MapPost("/checkout/stripe", (StripePayments stripe, decimal amount, CancellationToken ct) => stripe.CreatePaymentIntentAsync(amount, ct));
app.MapPost("/checkout/paypal", (PayPalPayments paypal, decimal amount, CancellationToken ct) => paypal.CreateOrderAsync(amount, ct));

app.Run();
