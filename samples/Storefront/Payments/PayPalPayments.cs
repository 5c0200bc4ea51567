using System.Net.Http.Json;

namespace Storefront.Payments;

/// <summary>
/// The drift: this client was written against PayPal's sandbox and the URL never left the code, so every
/// environment — production included — talks to the sandbox tier. ParityKit reports PK2001 on the literal.
/// </summary>
public sealed class PayPalPayments(HttpClient http)
{
    public async Task<string> CreateOrderAsync(decimal amount, CancellationToken cancellationToken)
    {
        http.BaseAddress ??= new Uri("https://api-m.sandbox.paypal.com");
        var order = new
        {
            intent = "CAPTURE",
            purchase_units = new[] { new { amount = new { currency_code = "USD", value = amount } } },
        };
        using HttpResponseMessage response = await http.PostAsJsonAsync("/v2/checkout/orders", order, cancellationToken);
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }
}
