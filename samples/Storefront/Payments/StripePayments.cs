namespace Storefront.Payments;

/// <summary>The fixed form: the Stripe base URL and key come from configuration, declared in ParityDeclarations.cs.</summary>
public sealed class StripePayments(HttpClient http, IConfiguration configuration)
{
    public async Task<string> CreatePaymentIntentAsync(decimal amount, CancellationToken cancellationToken)
    {
        string baseUrl = configuration["Stripe:BaseUrl"] ?? throw new InvalidOperationException("Stripe:BaseUrl is not configured.");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(baseUrl), "/v1/payment_intents"));
        request.Headers.Authorization = new("Bearer", configuration["Stripe:ApiKey"]);
        request.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["amount"] = ((long)(amount * 100)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["currency"] = configuration["Checkout:Currency"] ?? "usd",
        });
        using HttpResponseMessage response = await http.SendAsync(request, cancellationToken);
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }
}
