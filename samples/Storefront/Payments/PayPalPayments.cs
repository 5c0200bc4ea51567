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
        using var content = new StringContent(
            $$"""{"intent":"CAPTURE","purchase_units":[{"amount":{"currency_code":"USD","value":"{{amount}}"}}]}""",
            System.Text.Encoding.UTF8,
            "application/json");
        using HttpResponseMessage response = await http.PostAsync("/v2/checkout/orders", content, cancellationToken);
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }
}
