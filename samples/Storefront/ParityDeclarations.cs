// What this app needs from an environment, reviewed like any other code. ParityKit turns these declarations into
// the provisioning manifest (bin/<config>/net10.0/paritykit.manifest.json) and checks the code against them.
using ParityKit;

[assembly: ParityApp("storefront")]

[assembly: RequiresSetting("Checkout:Currency", Default = "USD")]
// Declared but read nowhere any more: PK3004 (info) suggests removing it.
[assembly: RequiresSetting("Checkout:SupportEmail")]
[assembly: RequiresSecret("Stripe:ApiKey", Source = "vault:payments/stripe")]
[assembly: RequiresSecret("Stripe:WebhookSecret", Source = "vault:payments/stripe-webhooks")]

// Settings and secrets of the inventory module (Settings/InventoryFixed.cs).
[assembly: RequiresSetting("Inventory:WarehouseRegion", Default = "eu-west")]
[assembly: RequiresSecret("ConnectionStrings:Inventory", Source = "vault:inventory/db")]
[assembly: RequiresSecret("ConnectionStrings:Reporting", Source = "vault:reporting/db")]
[assembly: RequiresSetting("Mail:Host")]
[assembly: RequiresSetting("Mail:Port", Default = "587")]
[assembly: RequiresSecret("Mail:Password", Source = "vault:mail/smtp")]

[assembly: RequiresSetting("ConnectionStrings:Store")]

// The fixed form of a third-party endpoint: the base URL lives in configuration, each tier is declared, and a
// preview environment is provisioned with the sandbox while production gets the live API.
[assembly: ThirdPartyApi("stripe", ConfigKey = "Stripe:BaseUrl",
    Live = "https://api.stripe.com", Sandbox = "https://api.stripe.com",
    KeySetting = "Stripe:ApiKey", PreviewTier = ApiTier.Sandbox)]
[assembly: ThirdPartyApi("shipping-rates", ConfigKey = "ShippingRates:BaseUrl", Live = "https://api.shipping-rates.io")]

// Browser state: the setting a provisioner fills with the preview's own URL, and what a test runner clears so each
// preview run starts from a clean browser context.
[assembly: BaseUrlSetting("App:BaseUrl")]
[assembly: ClientStorageKey("theme")]
[assembly: ServiceWorker("wwwroot/sw.js")]
