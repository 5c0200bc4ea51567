using Microsoft.CodeAnalysis.Testing;
using Verify = ParityKit.Tests.Infrastructure.CodeFixVerifier<
    ParityKit.Analyzers.Browser.SharedEnvironmentUrlAnalyzer,
    ParityKit.CodeFixes.Browser.SharedEnvironmentUrlCodeFix>;

namespace ParityKit.Tests.Browser;

/// <summary>PK5001 fix: the shared environment's base URL becomes a read of the base-URL setting; the result compiles.</summary>
public class SharedEnvironmentUrlCodeFixTests
{
    private const string ConfigurationStub = """

        namespace Microsoft.Extensions.Configuration
        {
            public interface IConfiguration { string? this[string key] { get; set; } }
        }
        """;

    private const string EnvRead =
        """Environment.GetEnvironmentVariable("App__BaseUrl") ?? throw new InvalidOperationException("Environment variable 'App__BaseUrl' is not set.")""";

    [Fact]
    public Task Without_a_declaration_reads_App_BaseUrl_and_declares_it() => Verify.VerifyAsync("""
        using System;

        namespace Shop;

        public class Emails
        {
            public string WelcomeLink() => {|PK5001:"https://staging.myapp.com/welcome"|};
        }
        """, $$"""
        using System;
        using ParityKit;

        [assembly: BaseUrlSetting("App:BaseUrl")]

        namespace Shop;

        public class Emails
        {
            public string WelcomeLink() => ({{EnvRead}}) + "/welcome";
        }
        """);

    [Fact]
    public Task Declared_key_is_read_through_IConfiguration_in_scope() => Verify.VerifyAsync("""
        using Microsoft.Extensions.Configuration;

        [assembly: ParityKit.BaseUrlSetting("Site:PublicUrl")]

        class Redirects(IConfiguration configuration)
        {
            public string Login(string returnTo) => {|PK5001:$"https://myapp-uat.azurewebsites.net/login?returnTo={returnTo}"|};
        }
        """ + ConfigurationStub, """
        using System;
        using Microsoft.Extensions.Configuration;

        [assembly: ParityKit.BaseUrlSetting("Site:PublicUrl")]

        class Redirects(IConfiguration configuration)
        {
            public string Login(string returnTo) => $"{configuration["Site:PublicUrl"] ?? throw new InvalidOperationException("Configuration value 'Site:PublicUrl' is missing.")}/login?returnTo={returnTo}";
        }
        """ + ConfigurationStub);

    [Fact]
    public Task Const_field_becomes_static_readonly() => Verify.VerifyAsync("""
        [assembly: ParityKit.BaseUrlSetting("App:BaseUrl")]

        static class Links
        {
            public const string Home = {|PK5001:"https://qa.myapp.com"|};
        }
        """, $$"""
        using System;

        [assembly: ParityKit.BaseUrlSetting("App:BaseUrl")]

        static class Links
        {
            public static readonly string Home = {{EnvRead}};
        }
        """);

    [Fact]
    public Task Fix_all_declares_the_setting_once_across_files()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(("/0/A.cs", """
            class A
            {
                string Home = {|PK5001:"https://staging.myapp.com"|};
                string Cart = {|PK5001:"https://staging.myapp.com/cart"|};
            }
            """));
        test.TestState.Sources.Add(("/0/B.cs", """
            class B
            {
                string Help = {|PK5001:"https://uat.myapp.com/help"|};
            }
            """));
        test.FixedState.Sources.Add(("/0/A.cs", $$"""
            using System;
            using ParityKit;

            [assembly: BaseUrlSetting("App:BaseUrl")]

            class A
            {
                string Home = {{EnvRead}};
                string Cart = ({{EnvRead}}) + "/cart";
            }
            """));
        test.FixedState.Sources.Add(("/0/B.cs", $$"""
            using System;

            class B
            {
                string Help = ({{EnvRead}}) + "/help";
            }
            """));
        test.NumberOfFixAllIterations = 1;
        test.CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllInDocumentCheck;
        return test.RunAsync();
    }

    [Fact]
    public Task No_fix_for_websocket_urls_constant_contexts_or_a_malformed_declaration() => VerifyNoFixAsync("""
        [assembly: ParityKit.BaseUrlSetting("App Base Url")]

        class C
        {
            string Hub = {|PK5001:"wss://staging.myapp.com/hub"|};
            string Home = {|PK5001:"https://staging.myapp.com"|};
            void Go(string url = {|PK5001:"https://staging.myapp.com"|}) { }
        }
        """);

    [Fact]
    public Task No_fix_where_a_constant_is_required() => VerifyNoFixAsync("""
        class C
        {
            void Go(string url = {|PK5001:"https://staging.myapp.com"|}) { }
        }
        """);

    private static Task VerifyNoFixAsync(string source) => new Verify.Test { TestCode = source, FixedCode = source }.RunAsync();
}
