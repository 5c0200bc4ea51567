using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using ParityKit.Analyzers.Declarations;
using Verifier = ParityKit.Tests.Infrastructure.AnalyzerVerifier<ParityKit.Analyzers.Declarations.DeclarationAnalyzer>;

namespace ParityKit.Tests.Browser;

/// <summary>PK9001/PK9002 for the browser-state declarations: BaseUrlSetting, ClientStorageKey, ServiceWorker.</summary>
public class BrowserDeclarationTests
{
    [Fact]
    public Task Well_formed_browser_declarations_are_quiet() => Verifier.VerifyAsync("""
        using ParityKit;
        [assembly: BaseUrlSetting("App:BaseUrl")]
        [assembly: ClientStorageKey("onboarding-step")]
        [assembly: ClientStorageKey("Onboarding-Step")]
        [assembly: ClientStorageKey("cart:v2 items")]
        [assembly: ServiceWorker("wwwroot/sw.js")]
        [assembly: ServiceWorker("wwwroot\\js\\push-worker.js")]
        [assembly: ServiceWorker("./ClientApp/public/service-worker.js")]
        """);

    [Theory]
    [InlineData("", "the key is empty")]
    [InlineData("App Base Url", "the key contains a space")]
    [InlineData("App::BaseUrl", "the key has an empty section")]
    public Task Base_url_setting_key_follows_the_configuration_key_rules(string key, string expected) =>
        VerifyProblem($$"""[assembly: {|#0:ParityKit.BaseUrlSetting("{{key}}")|}]""", $"BaseUrlSetting(\"{key}\"): {expected}");

    [Theory]
    [InlineData("", "the key is empty")]
    [InlineData("   ", "the key is empty")]
    [InlineData(" onboarding-step", "the key starts or ends with whitespace")]
    public Task Storage_key_problems_are_named(string key, string expected) =>
        VerifyProblem($$"""[assembly: {|#0:ParityKit.ClientStorageKey("{{key}}")|}]""", $"ClientStorageKey(\"{key}\"): {expected}");

    [Fact]
    public Task Null_storage_key_is_reported() =>
        VerifyProblem("""[assembly: {|#0:ParityKit.ClientStorageKey(null)|}]""", "ClientStorageKey(null): the key is empty");

    [Theory]
    [InlineData("", "the path is empty")]
    [InlineData("/sw.js", "the path is absolute")]
    [InlineData("~/sw.js", "the path is absolute")]
    [InlineData("C:/app/wwwroot/sw.js", "the path is absolute")]
    [InlineData("https://shop.example/sw.js", "the path is a URL")]
    [InlineData("//cdn.example/sw.js", "the path is a URL")]
    [InlineData("../shared/sw.js", "the path uses '..'")]
    [InlineData("wwwroot/../../sw.js", "the path uses '..'")]
    [InlineData("wwwroot/sw.js ", "the path starts or ends with whitespace")]
    public Task Service_worker_path_problems_are_named(string path, string expected) =>
        VerifyProblem($$"""[assembly: {|#0:ParityKit.ServiceWorker("{{path}}")|}]""", $"ServiceWorker(\"{path}\"): {expected}");

    [Fact]
    public Task Backslash_path_is_reported_as_written() =>
        VerifyProblem("""[assembly: {|#0:ParityKit.ServiceWorker(@"C:\app\sw.js")|}]""", "ServiceWorker(\"C:\\app\\sw.js\"): the path is absolute");

    [Fact]
    public Task Repeated_storage_key_is_reported_on_the_later_one()
    {
        var test = Verifier.Create("""
            using ParityKit;
            [assembly: {|#1:ClientStorageKey("onboarding-step")|}]
            [assembly: {|#0:ClientStorageKey("onboarding-step")|}]
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PK9002", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1)
            .WithMessage("The client-storage key 'onboarding-step' is also declared as client-storage key 'onboarding-step'; the manifest keeps only that one, so remove this declaration"));
        return test.RunAsync();
    }

    [Fact]
    public Task Service_worker_paths_repeat_case_insensitively_and_after_tidying()
    {
        var test = Verifier.Create("""
            using ParityKit;
            [assembly: {|#1:ServiceWorker("wwwroot/sw.js")|}]
            [assembly: {|#0:ServiceWorker(@".\wwwroot\SW.js")|}]
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PK9002", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1)
            .WithMessage("The service worker 'wwwroot/SW.js' is also declared as service worker 'wwwroot/sw.js'; the manifest keeps only that one, so remove this declaration"));
        return test.RunAsync();
    }

    [Theory]
    [InlineData(@"wwwroot\sw.js", "wwwroot/sw.js")]
    [InlineData("./wwwroot/./js/sw.js", "wwwroot/js/sw.js")]
    [InlineData("sw.js", "sw.js")]
    public void Service_worker_paths_are_tidied(string written, string expected) =>
        Assert.Equal(expected, ServiceWorkerPath.Normalize(written));

    private static async Task VerifyProblem(string source, string expectedStart)
    {
        var test = Verifier.Create(source);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PK9001", DiagnosticSeverity.Warning).WithLocation(0));
        string? message = null;
        test.DiagnosticVerifier = (actual, _, _) => message = actual.GetMessage();
        await test.RunAsync();
        Assert.NotNull(message);
        Assert.StartsWith(expectedStart, message);
    }
}
