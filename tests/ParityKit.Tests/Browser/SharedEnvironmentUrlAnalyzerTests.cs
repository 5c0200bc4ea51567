using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = ParityKit.Tests.Infrastructure.AnalyzerVerifier<ParityKit.Analyzers.Browser.SharedEnvironmentUrlAnalyzer>;

namespace ParityKit.Tests.Browser;

/// <summary>PK5001: hard-coded URLs of the app's own shared environments, in C# strings and appsettings*.json values.</summary>
public class SharedEnvironmentUrlAnalyzerTests
{
    private static DiagnosticResult PK5001(int location) => new DiagnosticResult("PK5001", DiagnosticSeverity.Warning).WithLocation(location);

    // ---- C#: fires -------------------------------------------------------------------------------------------------

    [Fact]
    public Task Message_names_the_url_the_environment_and_the_undeclared_setting()
    {
        var test = Verify.Create("""
            class Links
            {
                string Home = {|#0:"https://staging.myapp.com/welcome"|};
            }
            """);
        test.ExpectedDiagnostics.Add(PK5001(0).WithArguments(
            "https://staging.myapp.com", "staging", "read it from a setting declared with [assembly: BaseUrlSetting]"));
        return test.RunAsync();
    }

    [Fact]
    public Task Message_names_the_declared_base_url_setting()
    {
        var test = Verify.Create("""
            [assembly: ParityKit.BaseUrlSetting("App:BaseUrl")]
            class Links
            {
                string Home = {|#0:"https://uat.internal.example"|};
            }
            """);
        test.ExpectedDiagnostics.Add(PK5001(0).WithArguments(
            "https://uat.internal.example", "uat", "read it from the base-URL setting 'App:BaseUrl'"));
        return test.RunAsync();
    }

    [Fact]
    public Task Shared_environment_host_shapes() => Verify.VerifyAsync("""
        class C
        {
            string A = {|PK5001:"https://staging.myapp.com"|};
            string B = {|PK5001:"https://myapp-staging.azurewebsites.net/api/orders"|};
            string D = {|PK5001:"https://api.qa2.myapp.io/v1?x=1"|};
            string E = {|PK5001:"https://preprod.shop.example:8443/"|};
            string F = {|PK5001:"http://stage.myapp.com"|};
            string G = {|PK5001:"https://staging-api.myapp.com"|};
            string H = {|PK5001:"https://myapp-staging.com"|};
            string I = {|PK5001:"wss://STAGING.MyApp.com/hub"|};
            string J = {|PK5001:"  https://uat.myapp.com  "|};
            const string K = {|PK5001:"https://qa.myapp.com"|};
            string L(string id) => {|PK5001:$"https://staging.myapp.com/orders/{id}"|};
            System.ReadOnlySpan<byte> M => {|PK5001:"https://staging.myapp.com"u8|};
        }
        """);

    [Fact]
    public Task Extra_labels_and_hosts_from_options()
    {
        var test = Verify.Create("""
            class C
            {
                string A = {|PK5001:"https://integration.myapp.com"|};
                string B = {|PK5001:"https://shared-preview.acme.io/login"|};
                string D = {|PK5001:"https://eu.demo.acme.io"|};
                string E = "https://stage.myapp.com";
            }
            """).WithGlobalConfig("""
            paritykit.shared_environment_labels = integration, !stage
            paritykit.shared_environment_hosts = shared-preview.acme.io, *.demo.acme.io
            """);
        return test.RunAsync();
    }

    // ---- C#: does not fire -----------------------------------------------------------------------------------------

    [Fact]
    public Task Production_urls_lookalikes_prose_and_bare_hosts_are_quiet() => Verify.VerifyAsync("""
        class C
        {
            string A = "https://www.myapp.com";
            string B = "https://stage.com/tickets";
            string D = "https://qa.com";
            string E = "https://stagecoach.example/route";
            string F = "https://backstage.myapp.com";
            string G = "See https://staging.myapp.com for the release notes";
            string H = "staging.myapp.com";
            string I = "qa.checkout.enabled";
            string J = "ftp://staging.myapp.com/export";
            string K(string host) => $"https://staging.{host}/";
            // string L = "https://staging.myapp.com";
        }
        """);

    [Fact]
    public Task Vendor_sandboxes_are_left_to_PK2001_and_declared_third_parties_are_not_the_apps_own()
    {
        var test = Verify.Create("""
            [assembly: ParityKit.ThirdPartyApi("partner", Live = "https://api.partner.example", Sandbox = "https://staging.partner.example")]
            class C
            {
                string A = "https://api.sandbox.paypal.com";
                string B = "https://x.qa.vendor.example";
                string D = "https://staging.partner.example/v2/orders";
            }
            """).WithGlobalConfig("paritykit.sandbox_hosts = *.qa.vendor.example");
        return test.RunAsync();
    }

    [Fact]
    public Task Test_projects_are_skipped()
    {
        var test = Verify.Create("""
            class SmokeTests
            {
                string Target = "https://staging.myapp.com";
            }
            """).WithGlobalConfig("build_property.IsTestProject = true");
        return test.RunAsync();
    }

    // ---- appsettings*.json -----------------------------------------------------------------------------------------

    [Fact]
    public Task Settings_values_are_reported_at_their_line()
    {
        var test = Verify.Create("class C { }");
        test.TestState.AdditionalFiles.Add(("/app/appsettings.json", """
            {
              "App": {
                "BaseUrl": {|#0:"https://staging.myapp.com"|},
                "Name": "Storefront"
              },
              // comments and trailing commas are fine, as for the host
              "Cors": { "Origins": [ "https://www.myapp.com", {|#1:"https://myapp-uat.azurewebsites.net/"|}, ] },
              "AllowedHosts": {|#2:"localhost;staging.myapp.com"|},
              "Help": "See https://staging.myapp.com for notes"
            }
            """));
        const string Remedy = "leave it to each environment through a setting declared with [assembly: BaseUrlSetting], which a provisioner fills with the preview's URL";
        test.ExpectedDiagnostics.Add(PK5001(0).WithArguments("https://staging.myapp.com", "staging", Remedy));
        test.ExpectedDiagnostics.Add(PK5001(1).WithArguments("https://myapp-uat.azurewebsites.net", "uat", Remedy));
        test.ExpectedDiagnostics.Add(PK5001(2).WithArguments("staging.myapp.com", "staging", Remedy));
        return test.RunAsync();
    }

    [Fact]
    public Task Settings_line_and_column_are_exact()
    {
        var test = Verify.Create("""[assembly: ParityKit.BaseUrlSetting("App:BaseUrl")]""");
        test.TestState.AdditionalFiles.Add(("/app/appsettings.Production.json", "{\r\n  \"Links\": {\r\n    \"Help\": \"https://qa.myapp.com/help\"\r\n  }\r\n}\r\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PK5001", DiagnosticSeverity.Warning)
            .WithSpan("/app/appsettings.Production.json", 3, 13, 3, 40)
            .WithArguments("https://qa.myapp.com", "qa", "leave it to each environment: a provisioner sets the base-URL setting 'App:BaseUrl' to the preview's URL"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_shared_environments_own_file_other_json_and_broken_json_are_quiet()
    {
        var test = Verify.Create("class C { }");
        test.TestState.AdditionalFiles.Add(("/app/appsettings.Staging.json", """{ "App": { "BaseUrl": "https://staging.myapp.com" } }"""));
        test.TestState.AdditionalFiles.Add(("/app/appsettings.QA2.json", """{ "App": { "BaseUrl": "https://qa2.myapp.com" } }"""));
        test.TestState.AdditionalFiles.Add(("/app/wwwroot/manifest.json", """{ "start_url": "https://staging.myapp.com" }"""));
        test.TestState.AdditionalFiles.Add(("/app/appsettings.Development.json", """{ "App": { "BaseUrl": "https://staging.myapp.com" """));
        test.TestState.AdditionalFiles.Add(("/app/appsettings.Local.json", "\0\u0001binary\uFFFD{[\"https://staging.myapp.com\""));
        return test.RunAsync();
    }
}
