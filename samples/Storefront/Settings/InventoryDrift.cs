namespace Storefront.Settings;

/// <summary>
/// The drift, one case per rule: each member below is what ParityKit reports at build time. The fixed form of each is
/// in <see cref="InventoryFixed"/>.
/// </summary>
public sealed class InventoryDrift(IConfiguration configuration)
{
    // PK3001: read but never declared, so a preview provisioner does not know to set it. (The manifest still lists it,
    // with the read site, so the list is complete while the warning is open.)
    public string? ReorderThreshold => configuration["Inventory:ReorderThreshold"];

    // PK3002: a hard-coded connection string names one database host for every environment.
    public string ReportingDatabase => "Host=reporting.db.internal.example.net;Database=reports;Username=reporter";

    // PK3003: a declared secret with a literal fallback: a provisioner that forgot it leaves the app on the old host.
    public string InventoryDatabase => configuration.GetConnectionString("Inventory") ?? "Host=old-inventory-db;Database=inventory";

    // PK2003: a webhook signing secret in code (test-shaped; a live key would be a build error).
    public string WebhookSecret => "whsec_5fA9c2E7b1D4a8F3e6C0b9A2";

    // PK2002 (info): an external API's URL in code, not declared as a third-party API.
    public Uri ParcelTracking => new("https://api.parcel-tracking.io/v1/track");
}
