using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using ParityKit.Tests.Infrastructure;
using Verify = ParityKit.Tests.Infrastructure.AnalyzerVerifier<ParityKit.Analyzers.Browser.AssetReferenceAnalyzer>;

namespace ParityKit.Tests.Browser;

/// <summary>PK5002 in Razor files: local scripts and stylesheets referenced without a content version.</summary>
public class AssetReferenceAnalyzerTests
{
    private const string AppendVersion = "add asp-append-version=\"true\"";

    private static DiagnosticResult PK5002(int location, string url, string remedy) =>
        new DiagnosticResult("PK5002", DiagnosticSeverity.Info).WithLocation(location).WithArguments("'" + url + "' is referenced", remedy);

    [Fact]
    public Task Views_fire_on_local_scripts_and_stylesheets_without_asp_append_version()
    {
        var test = Create(("/app/Pages/Shared/_Layout.cshtml", """
            <!DOCTYPE html>
            <html>
            <head>
                <link rel="stylesheet" href="{|#0:~/lib/bootstrap/dist/css/bootstrap.min.css|}" />
                <link rel="stylesheet" href="~/css/site.css" asp-append-version="true" />
                <LINK REL="icon" HREF='{|#1:/favicon.png|}'>
                <link rel="canonical" href="/products" />
            </head>
            <body>
                @RenderBody()
                <script src="{|#2:~/js/site.js|}"></script>
                <script type="module" src={|#3:js/app.mjs|} asp-append-version="false"></script>
                <script src="~/js/checkout.js" asp-append-version="TRUE"></script>
            </body>
            </html>
            """));
        test.ExpectedDiagnostics.Add(PK5002(0, "~/lib/bootstrap/dist/css/bootstrap.min.css", AppendVersion));
        test.ExpectedDiagnostics.Add(PK5002(1, "/favicon.png", AppendVersion));
        test.ExpectedDiagnostics.Add(PK5002(2, "~/js/site.js", AppendVersion));
        test.ExpectedDiagnostics.Add(PK5002(3, "js/app.mjs", AppendVersion));
        return test.RunAsync();
    }

    [Fact]
    public Task Cdn_dynamic_versioned_framework_and_commented_references_are_quiet() => Create(("/app/Views/Shared/_Layout.cshtml", """
        <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" integrity="sha384-x" crossorigin="anonymous" />
        <script src="//cdnjs.cloudflare.com/ajax/libs/jquery/3.7.1/jquery.min.js"></script>
        <script src="@Url.Content("~/js/site.js")"></script>
        <script src="~/js/legacy.js?v=20240101"></script>
        <script src="_framework/blazor.web.js"></script>
        <script src="data:text/javascript,console.log(1)"></script>
        <script>var s = '<script src="/js/fake.js"></' + 'script>';</script>
        <!-- <script src="~/js/old.js"></script> -->
        @* <script src="~/js/razor-comment.js"></script> *@
        <environment include="Development">
            <script src="~/js/debug-helpers.js"></script>
        </environment>
        <script asp-src-include="~/lib/**/*.js"></script>
        """)).RunAsync();

    [Fact]
    public Task Production_environment_blocks_are_still_checked()
    {
        var test = Create(("/app/Views/Shared/_Layout.cshtml", """
            <environment exclude="Development">
                <script src="{|#0:~/js/site.min.js|}"></script>
            </environment>
            <environment include="Development, Staging">
                <script src="{|#1:~/js/site.js|}"></script>
            </environment>
            """));
        test.ExpectedDiagnostics.Add(PK5002(0, "~/js/site.min.js", AppendVersion));
        test.ExpectedDiagnostics.Add(PK5002(1, "~/js/site.js", AppendVersion));
        return test.RunAsync();
    }

    [Fact]
    public Task Components_need_Assets_because_tag_helpers_do_not_run_there()
    {
        var test = Create(("/app/Components/App.razor", """
            <head>
                <link rel="stylesheet" href="@Assets["app.css"]" />
                <link rel="stylesheet" href="{|#0:/css/site.css|}" asp-append-version="true" />
                <script src="{|#1:js/onboarding.js|}"></script>
                <script src="_framework/blazor.web.js"></script>
            </head>
            @code {
                private List<string> items = new();
                bool Less(int a, int b) => a <b;
            }
            """));
        test.TestState.AdditionalReferences.AddRange(AspNetCoreReferences.All);
        test.ExpectedDiagnostics.Add(PK5002(0, "/css/site.css",
            "reference it as @Assets[\"css/site.css\"] and map static files with MapStaticAssets() (Razor components run no tag helpers, so asp-append-version does nothing here)"));
        test.ExpectedDiagnostics.Add(PK5002(1, "js/onboarding.js",
            "reference it as @Assets[\"js/onboarding.js\"] and map static files with MapStaticAssets() (Razor components run no tag helpers, so asp-append-version does nothing here)"));
        return test.RunAsync();
    }

    [Fact]
    public Task Components_on_a_framework_without_MapStaticAssets_get_a_plain_remedy()
    {
        var test = Create(("/app/Shared/MainLayout.razor", """<script src="{|#0:js/site.js|}"></script>"""));
        test.ExpectedDiagnostics.Add(PK5002(0, "js/site.js", "put a build-time version in its URL (Razor components run no tag helpers; @Assets[...] needs .NET 9 or later)"));
        return test.RunAsync();
    }

    [Fact]
    public Task Line_and_column_are_those_of_the_url_in_the_razor_file()
    {
        var test = Create(("/app/Pages/Index.cshtml", "@page\r\n@model IndexModel\r\n\r\n<div>\r\n    <script src=\"~/js/index.js\"></script>\r\n</div>\r\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PK5002", DiagnosticSeverity.Info)
            .WithSpan("/app/Pages/Index.cshtml", 5, 18, 5, 31)
            .WithArguments("'~/js/index.js' is referenced", AppendVersion));
        return test.RunAsync();
    }

    [Fact]
    public Task Unclosed_tags_garbage_binary_and_other_files_never_throw() => Create(
        ("/app/Pages/Broken.cshtml", "<script src=\"~/js/a.js\"></script><link rel=\"stylesheet\" href=\"~/css/never-closed.css"),
        ("/app/Pages/Unclosed.cshtml", "<div><script src=\"~/js/b.js\""),
        ("/app/Pages/Garbage.cshtml", "<<<>>><!-- <script src=x <a =\"\" '' <script src='unterminated>"),
        ("/app/Pages/Binary.razor", "\0\u0001\uFFFD<\0script src=\u0000\"~/x.js\">\uD800"),
        ("/app/Pages/Empty.cshtml", ""),
        ("/app/wwwroot/index.html", "<script src=\"js/app.js\"></script>"),
        ("/app/Pages/Comment.cshtml", "@* never closed <script src=\"~/js/c.js\"></script>"))
        .WithExpected(new DiagnosticResult("PK5002", DiagnosticSeverity.Info).WithSpan("/app/Pages/Broken.cshtml", 1, 14, 1, 23)
            .WithArguments("'~/js/a.js' is referenced", AppendVersion))
        .RunAsync();

    private static Verify.Test Create(params (string Path, string Text)[] files)
    {
        Verify.Test test = Verify.Create("class C { }");
        foreach ((string path, string text) in files)
        {
            test.TestState.AdditionalFiles.Add((path, text));
        }

        return test;
    }
}

internal static class AnalyzerTestExtensions
{
    public static TTest WithExpected<TTest>(this TTest test, DiagnosticResult expected)
        where TTest : Microsoft.CodeAnalysis.Testing.AnalyzerTest<DefaultVerifier>
    {
        test.ExpectedDiagnostics.Add(expected);
        return test;
    }
}
