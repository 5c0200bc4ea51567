using ParityKit.Analyzers.Declarations;

namespace ParityKit.Tests.Declarations;

public class ConfigurationKeyTests
{
    [Theory]
    [InlineData("Checkout:Currency", "checkout:currency")]
    [InlineData("Checkout:Currency", "Checkout__Currency")]
    [InlineData("A:B:C", "a__b:C")]
    public void Keys_equal_as_configuration_compares_them(string left, string right)
    {
        Assert.True(ConfigurationKey.Comparer.Equals(left, right));
        Assert.Equal(ConfigurationKey.Comparer.GetHashCode(left), ConfigurationKey.Comparer.GetHashCode(right));
    }

    [Theory]
    [InlineData("Checkout:Currency", "Checkout_Currency")]
    [InlineData("Checkout:Currency", "Checkout:Currency:Code")]
    public void Different_keys_differ(string left, string right) => Assert.False(ConfigurationKey.Comparer.Equals(left, right));

    [Theory]
    [InlineData("Checkout:Currency", "Checkout__Currency")]
    [InlineData("ConnectionStrings:Catalog", "ConnectionStrings__Catalog")]
    [InlineData("Already__Env", "Already__Env")]
    public void Environment_variable_spells_sections_with_double_underscores(string key, string expected) =>
        Assert.Equal(expected, ConfigurationKey.ToEnvironmentVariable(key));
}
