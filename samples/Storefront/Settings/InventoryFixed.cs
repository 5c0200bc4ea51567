namespace Storefront.Settings;

/// <summary>
/// The fixed form of <see cref="InventoryDrift"/>: every key is read from configuration and declared in
/// ParityDeclarations.cs, so the manifest lists it (secrets marked, never a value) and a missing one fails fast.
/// </summary>
public sealed class InventoryFixed(IConfiguration configuration)
{
    // Declared with a default: the manifest lists it, not required.
    public string? WarehouseRegion => configuration["Inventory:WarehouseRegion"];

    public string ReportingDatabase => configuration.GetConnectionString("Reporting")
        ?? throw new InvalidOperationException("Configuration value 'ConnectionStrings:Reporting' is missing.");

    public string InventoryDatabase => configuration.GetConnectionString("Inventory")
        ?? throw new InvalidOperationException("Configuration value 'ConnectionStrings:Inventory' is missing.");

    public string WebhookSecret => configuration["Stripe:WebhookSecret"]
        ?? throw new InvalidOperationException("Configuration value 'Stripe:WebhookSecret' is missing.");

    public Uri ShippingRates => new(new Uri(configuration["ShippingRates:BaseUrl"]
        ?? throw new InvalidOperationException("Configuration value 'ShippingRates:BaseUrl' is missing.")), "/v2/quotes");
}
