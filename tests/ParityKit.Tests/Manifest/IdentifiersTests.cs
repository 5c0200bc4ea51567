using ParityKit.Analyzers.Manifest;

namespace ParityKit.Tests.Manifest;

public class IdentifiersTests
{
    [Theory]
    [InlineData("Checkout:Currency", "CheckoutCurrency")]
    [InlineData("ConnectionStrings__Catalog", "ConnectionStringsCatalog")]
    [InlineData("checkout.currency-code", "CheckoutCurrencyCode")]
    [InlineData("stripe", "Stripe")]
    [InlineData("2fa:Enabled", "_2faEnabled")]
    [InlineData("class", "Class")]
    [InlineData("::", "Entry")]
    public void Member_names_are_pascal_cased_words(string key, string expected) => Assert.Equal(expected, Identifiers.ToMemberName(key));

    [Fact]
    public void Taken_and_reserved_names_get_a_numeric_suffix() => Assert.Equal(
        ["CheckoutCurrency", "CheckoutCurrency2", "All2", "CheckoutCurrency3"],
        Identifiers.ToUniqueMemberNames(["Checkout:Currency", "Checkout_Currency", "All", "checkout.currency"], ["All"]));

    [Theory]
    [InlineData("Storefront", "Ignored", "Storefront")]
    [InlineData("Shop.Web", "Ignored", "Shop.Web")]
    [InlineData("Odd-Shop.event.2024", "Ignored", "Odd_Shop.@event._2024")]
    [InlineData(null, "My-App", "My_App")]
    [InlineData("  ", "Shop.Api", "Shop.Api")]
    [InlineData(null, "", "ParityKitGenerated")]
    public void Namespace_is_the_root_namespace_or_the_assembly_name_made_valid(string? rootNamespace, string assemblyName, string expected) =>
        Assert.Equal(expected, Identifiers.ToNamespace(rootNamespace, assemblyName));
}
