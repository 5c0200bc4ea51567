using ParityKit.Analyzers.Declarations;

namespace ParityKit.Tests.Declarations;

/// <summary>Locations and ordinary values must pass; credentials must not. False positives here become noise in apps.</summary>
public class SecretValueDetectorTests
{
    [Theory]
    [InlineData("vault:payments/stripe")]
    [InlineData("keyvault:shop-kv/stripe-api-key")]
    [InlineData("aws-secretsmanager:prod/stripe/api-key-2024")]
    [InlineData("env:STRIPE_API_KEY")]
    [InlineData("1password://Shop/Stripe/credential")]
    [InlineData("payments-stripe-api-key")]
    [InlineData("gcp-sm:projects/shop/secrets/stripe/versions/latest")]
    public void Locations_are_not_values(string source) => Assert.Null(SecretValueDetector.FindValueInsteadOfLocation(source));

    [Theory]
    [InlineData("USD")]
    [InlineData("3f2504e0-4f89-11d3-9a0c-0305e82c3301")]
    [InlineData("Host=localhost;Database=catalog;Username=app")]
    [InlineData("https://api.stripe.com/v1")]
    [InlineData("Microsoft.EntityFrameworkCore.Database.Command")]
    [InlineData("skip_live_updates")]
    public void Ordinary_setting_values_are_not_credentials(string value) => Assert.Null(SecretValueDetector.FindCredential(value));

    [Theory]
    [InlineData("sk_live_51HqLyjWDarjtT1zdp7dc")]
    [InlineData("rk_test_51HqLyjWDarjtT1zdp7dc")]
    [InlineData("ghp_16C7e42F292c6912E7710c838347Ae178B4a")]
    [InlineData("xoxb-2948-2948-abcdefghijklmnop")]
    [InlineData("AIzaSyA-1234567890abcdefghijklmnopqrst")]
    [InlineData("Server=db;Password=hunter2")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=shop;AccountKey=abc123==")]
    [InlineData("postgres://app:hunter2@db.internal:5432/shop")]
    [InlineData("-----BEGIN PRIVATE KEY-----")]
    public void Credentials_are_found(string value)
    {
        Assert.NotNull(SecretValueDetector.FindCredential(value));
        Assert.NotNull(SecretValueDetector.FindValueInsteadOfLocation(value));
    }

    [Fact]
    public void Reasons_never_quote_the_value()
    {
        const string value = "sk_live_51HqLyjWDarjtT1zdp7dc";
        Assert.DoesNotContain(value, SecretValueDetector.FindCredential(value)!);
    }
}
