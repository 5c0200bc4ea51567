using Microsoft.CodeAnalysis.Testing;
using ParityKit.Analyzers.Diagnostics;
using Verifier = ParityKit.Tests.Infrastructure.AnalyzerVerifier<ParityKit.Analyzers.Declarations.DeclarationAnalyzer>;

namespace ParityKit.Tests.Declarations;

/// <summary>PK9002: declarations that repeat a key or an API name; reported on the one the manifest drops.</summary>
public class DuplicateDeclarationTests
{
    [Fact]
    public Task Distinct_keys_and_names_are_quiet() => Verifier.VerifyAsync("""
        using ParityKit;
        [assembly: RequiresSetting("Checkout:Currency")]
        [assembly: RequiresSetting("Checkout:CurrencyCode")]
        [assembly: RequiresSetting("Checkout_Currency")]
        [assembly: RequiresSecret("Stripe:ApiKey")]
        [assembly: ThirdPartyApi("stripe")]
        [assembly: ThirdPartyApi("stripe-connect")]
        """);

    [Theory]
    [InlineData("Checkout:Currency")]
    [InlineData("checkout:currency")]
    [InlineData("Checkout__Currency")]
    [InlineData("CHECKOUT__CURRENCY")]
    public Task Setting_keys_compare_as_configuration_does(string repeated) => VerifyRepeat(
        $$"""
        using ParityKit;
        [assembly: {|#1:RequiresSetting("Checkout:Currency", Default = "USD")|}]
        [assembly: {|#0:RequiresSetting("{{repeated}}")|}]
        """,
        "The setting '" + repeated + "' is also declared as setting 'Checkout:Currency'; the manifest keeps only that one, so remove this declaration");

    [Fact]
    public Task Secrets_repeat_like_settings() => VerifyRepeat(
        """
        using ParityKit;
        [assembly: {|#1:RequiresSecret("Stripe:ApiKey", Source = "vault:payments/stripe")|}]
        [assembly: {|#0:RequiresSecret("stripe__apikey")|}]
        """,
        "The secret 'stripe__apikey' is also declared as secret 'Stripe:ApiKey'; the manifest keeps only that one, so remove this declaration");

    [Fact]
    public Task A_key_declared_as_setting_and_secret_is_kept_as_the_secret_whatever_the_order() => VerifyRepeat(
        """
        using ParityKit;
        [assembly: {|#0:RequiresSetting("Stripe:ApiKey")|}]
        [assembly: {|#1:RequiresSecret("Stripe:ApiKey", Source = "vault:payments/stripe")|}]
        """,
        "The setting 'Stripe:ApiKey' is also declared as secret 'Stripe:ApiKey'; the manifest keeps only that one, so remove this declaration");

    [Fact]
    public Task Api_names_compare_case_insensitively() => VerifyRepeat(
        """
        using ParityKit;
        [assembly: {|#1:ThirdPartyApi("stripe", Live = "https://api.stripe.com")|}]
        [assembly: {|#0:ThirdPartyApi("Stripe")|}]
        """,
        "The third-party API 'Stripe' is also declared as third-party API 'stripe'; the manifest keeps only that one, so remove this declaration");

    [Fact]
    public Task Repeats_across_files_point_at_the_first_declaration()
    {
        var test = Verifier.Create("""[assembly: {|#1:ParityKit.RequiresSetting("Checkout:Currency")|}]""");
        test.TestState.Sources.Add(("Other.cs", """[assembly: {|#0:ParityKit.RequiresSetting("checkout:currency")|}]"""));
        test.ExpectedDiagnostics.Add(Repeat("The setting 'checkout:currency' is also declared as setting 'Checkout:Currency'; the manifest keeps only that one, so remove this declaration"));
        return test.RunAsync();
    }

    [Fact]
    public Task Every_later_repeat_is_reported()
    {
        var test = Verifier.Create("""
            using ParityKit;
            [assembly: {|#1:RequiresSetting("A:B")|}]
            [assembly: {|#0:RequiresSetting("a:b")|}]
            [assembly: {|#2:RequiresSetting("A__B")|}]
            """);
        test.ExpectedDiagnostics.Add(Repeat("The setting 'a:b' is also declared as setting 'A:B'; the manifest keeps only that one, so remove this declaration"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.DuplicateDeclaration).WithLocation(2).WithLocation(1)
            .WithMessage("The setting 'A__B' is also declared as setting 'A:B'; the manifest keeps only that one, so remove this declaration"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_malformed_declaration_does_not_count_as_the_first()
    {
        // The secret is left out of the manifest (PK9001), so the setting is the one kept: no PK9002.
        var test = Verifier.Create("""
            using ParityKit;
            [assembly: {|#0:RequiresSecret("Stripe:ApiKey", Source = "")|}]
            [assembly: RequiresSetting("Stripe:ApiKey")]
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.MalformedDeclaration).WithLocation(0)
            .WithMessage("RequiresSecret(\"Stripe:ApiKey\"): Source is empty; name where a provisioner fetches the value, e.g. \"vault:payments/stripe\", or leave Source out"));
        return test.RunAsync();
    }

    /// <summary>The repeat at <c>{|#0:...|}</c>, with the declaration it repeats at <c>{|#1:...|}</c> as additional location.</summary>
    private static DiagnosticResult Repeat(string message) =>
        new DiagnosticResult(Descriptors.DuplicateDeclaration).WithLocation(0).WithLocation(1).WithMessage(message);

    private static Task VerifyRepeat(string source, string message)
    {
        var test = Verifier.Create(source);
        test.ExpectedDiagnostics.Add(Repeat(message));
        return test.RunAsync();
    }
}
