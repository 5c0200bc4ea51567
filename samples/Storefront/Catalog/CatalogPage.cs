using Microsoft.FeatureManagement;
using Storefront.Flags;

namespace Storefront.Catalog;

/// <summary>Flag reads: the declared ones pass; one read was added without a baseline.</summary>
public sealed class CatalogPage(IVariantFeatureManager features)
{
    public async Task<string> RenderAsync(CancellationToken cancellationToken)
    {
        string checkout = await features.IsEnabledAsync(StoreFlags.NewCheckout, cancellationToken) ? "new checkout" : "classic checkout";

        // Its production state comes from appsettings.Production.json.
        bool recommendations = await features.IsEnabledAsync("Recommendations", cancellationToken);

        // The drift: a flag read that nobody declared. Which state does production run? ParityKit reports PK4001 here.
        bool banner = await features.IsEnabledAsync("HolidayBanner", cancellationToken);

        return $"{checkout}, recommendations {(recommendations ? "on" : "off")}, banner {(banner ? "on" : "off")}";
    }
}
