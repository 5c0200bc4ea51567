using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using ParityKit.Tests.Infrastructure;
using Verify = ParityKit.Tests.Infrastructure.AnalyzerVerifier<ParityKit.Analyzers.Browser.ClientStorageAnalyzer>;

namespace ParityKit.Tests.Browser;

/// <summary>PK5003 in C#: IJSRuntime storage writes and service-worker registrations, ProtectedLocalStorage/SessionStorage (real API).</summary>
public class ClientStorageAnalyzerTests
{
    private static DiagnosticResult PK5003(int location, string what, string value, string declaration) =>
        new DiagnosticResult("PK5003", DiagnosticSeverity.Info).WithLocation(location).WithArguments(what, value, declaration);

    [Fact]
    public Task Undeclared_keys_and_workers_written_from_dotnet_fire_at_the_key()
    {
        var test = Create("""
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Components.Server.ProtectedBrowserStorage;
            using Microsoft.JSInterop;

            [assembly: ParityKit.ClientStorageKey("theme")]
            [assembly: ParityKit.ServiceWorker("wwwroot/js/push.js")]

            class Wizard(IJSRuntime js, ProtectedLocalStorage local, ProtectedSessionStorage session)
            {
                const string CartKey = "cart";

                async Task Save(int step, string computed)
                {
                    await js.InvokeVoidAsync("localStorage.setItem", {|#0:"onboarding-step"|}, step);
                    await js.InvokeVoidAsync("window.sessionStorage.setItem", {|#1:"draft"|}, "x");
                    await js.InvokeAsync<object>("localStorage.setItem", new object[] { {|#2:CartKey|}, "[]" });
                    await local.SetAsync({|#3:"profile"|}, new object());
                    await session.SetAsync("purpose", {|#4:"checkout"|}, 1);
                    await js.InvokeVoidAsync("navigator.serviceWorker.register", {|#5:"/sw.js"|});

                    // Declared, read-only, computed or not storage at all: quiet.
                    await js.InvokeVoidAsync("localStorage.setItem", "theme", "dark");
                    await js.InvokeAsync<string>("localStorage.getItem", "other");
                    await js.InvokeVoidAsync("localStorage.setItem", computed, step);
                    await js.InvokeVoidAsync("console.log", "onboarding-step");
                    await js.InvokeVoidAsync("navigator.serviceWorker.register", "/js/push.js");
                    await local.GetAsync<string>("profile");
                }
            }
            """);
        test.ExpectedDiagnostics.Add(PK5003(0, "The localStorage key", "'onboarding-step'", "ClientStorageKey(\"onboarding-step\")"));
        test.ExpectedDiagnostics.Add(PK5003(1, "The sessionStorage key", "'draft'", "ClientStorageKey(\"draft\")"));
        test.ExpectedDiagnostics.Add(PK5003(2, "The localStorage key", "'cart'", "ClientStorageKey(\"cart\")"));
        test.ExpectedDiagnostics.Add(PK5003(3, "The localStorage (protected) key", "'profile'", "ClientStorageKey(\"profile\")"));
        test.ExpectedDiagnostics.Add(PK5003(4, "The sessionStorage (protected) key", "'checkout'", "ClientStorageKey(\"checkout\")"));
        test.ExpectedDiagnostics.Add(PK5003(5, "The service worker", "'/sw.js'", "ServiceWorker(\"wwwroot/sw.js\")"));
        return test.RunAsync();
    }

    [Fact]
    public Task Malformed_declarations_do_not_count()
    {
        var test = Create("""
            using System.Threading.Tasks;
            using Microsoft.JSInterop;

            [assembly: ParityKit.ClientStorageKey(" onboarding-step ")]

            class Wizard(IJSRuntime js)
            {
                Task Save() => js.InvokeVoidAsync("localStorage.setItem", {|#0:" onboarding-step "|}, 1).AsTask();
            }
            """);
        test.ExpectedDiagnostics.Add(PK5003(0, "The localStorage key", "' onboarding-step '", "ClientStorageKey(\" onboarding-step \")"));
        return test.RunAsync();
    }

    [Fact]
    public Task Apps_without_JS_interop_or_test_projects_are_quiet()
    {
        var test = Verify.Create("""
            class Js { public void InvokeVoidAsync(string identifier, params object[] args) { } }
            class C { void M(Js js) => js.InvokeVoidAsync("localStorage.setItem", "k", 1); }
            """);
        return test.RunAsync();
    }

    [Fact]
    public Task Test_projects_are_skipped()
    {
        var test = Create("""
            using Microsoft.JSInterop;
            class C { void M(IJSRuntime js) => js.InvokeVoidAsync("localStorage.setItem", "k", 1); }
            """);
        test.WithGlobalConfig("build_property.IsTestProject = true");
        return test.RunAsync();
    }

    private static Verify.Test Create(string source)
    {
        Verify.Test test = Verify.Create(source);
        test.TestState.AdditionalReferences.AddRange(AspNetCoreReferences.All);
        return test;
    }
}
