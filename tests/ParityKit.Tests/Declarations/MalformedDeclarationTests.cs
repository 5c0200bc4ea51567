using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using ParityKit.Analyzers.Diagnostics;
using Verifier = ParityKit.Tests.Infrastructure.AnalyzerVerifier<ParityKit.Analyzers.Declarations.DeclarationAnalyzer>;

namespace ParityKit.Tests.Declarations;

/// <summary>PK9001: declarations with arguments the manifest cannot use.</summary>
public class MalformedDeclarationTests
{
    [Fact]
    public Task Well_formed_declarations_are_quiet() => Verifier.VerifyAsync("""
        using ParityKit;
        [assembly: ParityApp("storefront")]
        [assembly: RequiresSetting("Checkout:Currency", Default = "USD")]
        [assembly: RequiresSetting("Tenant:Id", Default = "3f2504e0-4f89-11d3-9a0c-0305e82c3301")]
        [assembly: RequiresSetting("Logging:LogLevel:Microsoft.AspNetCore", Default = "Warning")]
        [assembly: RequiresSetting("ConnectionStrings__Catalog", Default = "Host=localhost;Database=catalog")]
        [assembly: RequiresSecret("Stripe:ApiKey", Source = "vault:payments/stripe")]
        [assembly: RequiresSecret("Smtp:Password", Source = "keyvault:shop-kv/smtp-password-2024")]
        [assembly: RequiresSecret("Search:Key", Source = "env:SEARCH_API_KEY", Required = false)]
        [assembly: RequiresSecret("Webhooks:Secret")]
        [assembly: ThirdPartyApi("stripe", ConfigKey = "Stripe:BaseUrl", Live = "https://api.stripe.com",
            Sandbox = "https://api.stripe.com", KeySetting = "Stripe:ApiKey", PreviewTier = ApiTier.Sandbox)]
        [assembly: ThirdPartyApi("geo.lookup-v2", Live = "http://geo.internal:8080/v2/", PreviewTier = ApiTier.Live)]
        """);

    [Fact]
    public Task KeySetting_that_is_not_a_declared_secret_is_not_reported_here() => Verifier.VerifyAsync("""
        [assembly: ParityKit.ThirdPartyApi("paypal", KeySetting = "PayPal:ClientSecret")]
        """);

    [Theory]
    [InlineData("", "the key is empty")]
    [InlineData("   ", "the key is empty")]
    [InlineData("Checkout Currency", "the key contains a space, which an environment variable name cannot hold")]
    [InlineData("Checkout=Currency", "the key contains '=', which an environment variable name cannot hold")]
    [InlineData("Währung", "the key contains 'ä'")]
    [InlineData("Checkout::Currency", "the key has an empty section")]
    [InlineData("Checkout:", "the key has an empty section")]
    [InlineData("__Checkout", "the key has an empty section")]
    public Task Setting_key_problems_are_named(string key, string expected) =>
        VerifyProblem($$"""[assembly: {|#0:ParityKit.RequiresSetting("{{key}}")|}]""", $"RequiresSetting(\"{key}\"): {expected}");

    [Fact]
    public Task Null_key_is_reported() =>
        VerifyProblem("""[assembly: {|#0:ParityKit.RequiresSecret(null)|}]""", "RequiresSecret(null): the key is empty");

    [Fact]
    public Task Message_says_how_to_fix() =>
        VerifyProblem(
            """[assembly: {|#0:ParityKit.RequiresSetting("Checkout Currency")|}]""",
            "RequiresSetting(\"Checkout Currency\"): the key contains a space, which an environment variable name cannot hold; "
            + "use letters, digits, '.', '-', '_' and ':' between sections, e.g. \"Checkout:Currency\"");

    [Theory]
    [InlineData("sk_live_51HqLyjWDarjtT1zdp7dcXYZ", "a Stripe live secret key")]
    [InlineData("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIRHJSQaQ1", "a Stripe webhook signing secret")]
    [InlineData("Server=db;User Id=app;Password=hunter2", "a connection string that carries a password")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl", "a JSON web token")]
    [InlineData("AKIAIOSFODNN7EXAMPLE", "an AWS access key id")]
    [InlineData("Q3k9ZmF4LXByb2QtMjAyNC1rZXktdjFhYmM", "a long random-looking token")]
    [InlineData("https://admin:hunter2@vault.internal/stripe", "a URL with a password before the host")]
    public Task Secret_source_that_looks_like_a_value_is_reported_without_repeating_it(string source, string reason) =>
        VerifyProblemAsync(
            $$"""[assembly: {|#0:ParityKit.RequiresSecret("Stripe:ApiKey", Source = "{{source}}")|}]""",
            message =>
            {
                Assert.StartsWith("RequiresSecret(\"Stripe:ApiKey\"): Source looks like a secret value (", message);
                Assert.Contains(reason, message);
                Assert.Contains("rotate it", message);
                Assert.DoesNotContain(source, message);
            });

    [Fact]
    public Task Empty_source_is_reported() => VerifyProblem(
        """[assembly: {|#0:ParityKit.RequiresSecret("Stripe:ApiKey", Source = " ")|}]""",
        "RequiresSecret(\"Stripe:ApiKey\"): Source is empty; name where a provisioner fetches the value, e.g. \"vault:payments/stripe\", or leave Source out");

    [Fact]
    public Task Setting_default_that_is_a_credential_is_reported() => VerifyProblemAsync(
        """[assembly: {|#0:ParityKit.RequiresSetting("Stripe:Key", Default = "sk_test_4eC39HqLyjWDarjtT1zdp7dc")|}]""",
        message =>
        {
            Assert.Contains("Default looks like a secret value (it has the shape of a Stripe test secret key)", message);
            Assert.Contains("declare the key with [RequiresSecret]", message);
            Assert.DoesNotContain("sk_test_4eC39", message);
        });

    [Fact]
    public Task Setting_default_of_a_key_named_like_a_credential_is_reported() => VerifyProblemAsync(
        """[assembly: {|#0:ParityKit.RequiresSetting("Mail:Password", Default = "hunter2-plain-words")|}]""",
        message =>
        {
            Assert.Contains("the key names a credential", message);
            Assert.Contains("declare the key with [RequiresSecret]", message);
            Assert.DoesNotContain("hunter2", message);
        });

    [Fact]
    public Task Key_that_is_a_credential_is_reported_without_repeating_it() => VerifyProblemAsync(
        """[assembly: {|#0:ParityKit.RequiresSecret("sk_live_51HqLyjWDarjtT1zdp7dc")|}]""",
        message =>
        {
            Assert.StartsWith("RequiresSecret(...): the key looks like a secret value", message);
            Assert.DoesNotContain("sk_live_51", message);
        });

    [Theory]
    [InlineData("Live = \"api.stripe.com\"", "Live is not an absolute http(s) URL")]
    [InlineData("Sandbox = \"ftp://files.stripe.com\"", "Sandbox is not an absolute http(s) URL")]
    [InlineData("Sandbox = \"/v1\"", "Sandbox is not an absolute http(s) URL")]
    [InlineData("Live = \"\"", "Live is empty")]
    [InlineData("Live = \"https://user:pw@api.stripe.com\"", "Live carries credentials before the host")]
    [InlineData("ConfigKey = \"Stripe BaseUrl\"", "ConfigKey contains a space")]
    [InlineData("KeySetting = \"\"", "KeySetting is empty")]
    [InlineData("KeySetting = \"sk_live_51HqLyjWDarjtT1zdp7dc\"", "KeySetting looks like a secret value")]
    [InlineData("PreviewTier = (ApiTier)5", "PreviewTier is not a defined tier; use ApiTier.Sandbox or ApiTier.Live")]
    public Task Third_party_api_problems_are_named(string argument, string expected) => VerifyProblemAsync(
        $$"""
        using ParityKit;
        [assembly: {|#0:ThirdPartyApi("stripe", {{argument}})|}]
        """,
        message => Assert.StartsWith("ThirdPartyApi(\"stripe\"): " + expected, message));

    [Theory]
    [InlineData("ThirdPartyApi", "")]
    [InlineData("ThirdPartyApi", "pay pal")]
    [InlineData("ParityApp", "")]
    [InlineData("ParityApp", "store front")]
    [InlineData("ParityApp", "storefront/eu")]
    public Task Bad_names_are_reported(string attribute, string name) => VerifyProblemAsync(
        $$"""[assembly: {|#0:ParityKit.{{attribute}}("{{name}}")|}]""",
        message => Assert.StartsWith($"{attribute}(\"{name}\"): the name ", message));

    [Fact]
    public Task Each_problem_of_one_declaration_is_reported()
    {
        var test = Verifier.Create("""[assembly: {|#0:ParityKit.ThirdPartyApi("stripe", Live = "api.stripe.com", Sandbox = "sandbox")|}]""");
        test.ExpectedDiagnostics.Add(Problem().WithMessage(
            "ThirdPartyApi(\"stripe\"): Live is not an absolute http(s) URL; write the base URL with its scheme, e.g. \"https://api.example.com\""));
        test.ExpectedDiagnostics.Add(Problem().WithMessage(
            "ThirdPartyApi(\"stripe\"): Sandbox is not an absolute http(s) URL; write the base URL with its scheme, e.g. \"https://api.example.com\""));
        return test.RunAsync();
    }

    [Fact]
    public Task Attribute_that_does_not_compile_is_left_to_the_compiler() => Verifier.VerifyAsync("""
        [assembly: ParityKit.RequiresSetting({|CS1503:42|})]
        """);

    [Fact]
    public Task Declarations_in_every_file_are_checked()
    {
        var test = Verifier.Create("""[assembly: ParityKit.RequiresSetting("Checkout:Currency")]""");
        test.TestState.Sources.Add(("Other.cs", """[assembly: {|#0:ParityKit.RequiresSetting("")|}]"""));
        test.ExpectedDiagnostics.Add(Problem().WithMessage(
            "RequiresSetting(\"\"): the key is empty; pass the configuration key the app reads, e.g. \"Checkout:Currency\""));
        return test.RunAsync();
    }

    // Built from the id rather than the descriptor: a descriptor's "{0}" format would make the library compare messages.
    private static DiagnosticResult Problem() =>
        new DiagnosticResult(RuleIds.MalformedDeclaration, DiagnosticSeverity.Warning).WithLocation(0);

    /// <summary>One PK9001 at <c>{|#0:...|}</c> whose message starts with <paramref name="expectedStart"/>.</summary>
    private static Task VerifyProblem(string source, string expectedStart) =>
        VerifyProblemAsync(source, message => Assert.StartsWith(expectedStart, message));

    /// <summary>
    /// One PK9001 at <c>{|#0:...|}</c>, its message checked by <paramref name="assertMessage"/> (the testing library
    /// matches messages exactly, and most of these tests care about a part of it).
    /// </summary>
    private static async Task VerifyProblemAsync(string source, Action<string> assertMessage)
    {
        var test = Verifier.Create(source);
        test.ExpectedDiagnostics.Add(Problem());
        string? message = null;
        test.DiagnosticVerifier = (actual, _, _) => message = actual.GetMessage();
        await test.RunAsync();
        Assert.NotNull(message);
        assertMessage(message);
    }
}
