using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using ParityKit.Analyzers.Browser.Scripts;
using Verify = ParityKit.Tests.Infrastructure.AnalyzerVerifier<ParityKit.Analyzers.Browser.ScriptStateAnalyzer>;

namespace ParityKit.Tests.Browser;

/// <summary>PK5003 in scripts: wwwroot JavaScript files and inline scripts of Razor and HTML pages (AdditionalFiles).</summary>
public class ScriptStateAnalyzerTests
{
    private const string Declarations = """
        [assembly: ParityKit.ClientStorageKey("theme")]
        [assembly: ParityKit.ServiceWorker("wwwroot/js/push.js")]
        """;

    private static DiagnosticResult PK5003(int location, string what, string value, string declaration) =>
        new DiagnosticResult("PK5003", DiagnosticSeverity.Info).WithLocation(location).WithArguments(what, value, declaration);

    [Fact]
    public Task Script_files_fire_at_undeclared_literal_keys_and_workers()
    {
        var test = Create(Declarations, ("/app/wwwroot/js/onboarding.js", """
            // localStorage.setItem('commented-out', 1)
            /* sessionStorage.setItem("block-comment", 1) */
            const text = "localStorage.setItem('in-a-string', 1)";
            const pattern = /localStorage.setItem\('in-a-regex'/g;
            export function save(step, id) {
                localStorage.setItem({|#0:'onboarding-step'|}, String(step));
                window.sessionStorage.setItem({|#1:"draft"|}, JSON.stringify({ id }));
                localStorage.setItem('theme', 'dark');
                localStorage.setItem(`draft-${id}`, 1);
                localStorage.setItem('prefix-' + id, 1);
                localStorage.getItem('read-only');
            }
            if ('serviceWorker' in navigator) {
                navigator.serviceWorker.register({|#2:'/sw.js'|}, { scope: '/' });
                navigator.serviceWorker.register('/js/push.js');
            }
            """));
        test.ExpectedDiagnostics.Add(PK5003(0, "The localStorage key", "'onboarding-step'", "ClientStorageKey(\"onboarding-step\")"));
        test.ExpectedDiagnostics.Add(PK5003(1, "The sessionStorage key", "'draft'", "ClientStorageKey(\"draft\")"));
        test.ExpectedDiagnostics.Add(PK5003(2, "The service worker", "'/sw.js'", "ServiceWorker(\"wwwroot/sw.js\")"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_computed_registration_fires_only_when_no_worker_is_declared()
    {
        var test = Create("class C { }", ("/app/wwwroot/app.js", """
            const url = new URL('./sw.js', import.meta.url);
            navigator.serviceWorker.{|#0:register|}(url);
            """));
        test.ExpectedDiagnostics.Add(PK5003(0, "The service worker", "registered here", "ServiceWorker(\"<the script's project path, e.g. wwwroot/sw.js>\")"));
        return test.RunAsync();
    }

    [Fact]
    public Task Inline_scripts_of_pages_are_scanned_external_and_non_js_ones_are_not()
    {
        var test = Create(Declarations,
            ("/app/wwwroot/index.html", """
                <script src="_framework/blazor.webassembly.js"></script>
                <script>navigator.serviceWorker.register({|#0:'service-worker.js'|});</script>
                """),
            ("/app/Pages/Shared/_Layout.cshtml", """
                <script type="module">
                    sessionStorage.setItem({|#1:'last-page'|}, location.pathname);
                </script>
                <script type="text/template">localStorage.setItem('not-js', 1)</script>
                <p>localStorage.setItem('prose', 1)</p>
                """));
        test.ExpectedDiagnostics.Add(PK5003(0, "The service worker", "'service-worker.js'", "ServiceWorker(\"wwwroot/service-worker.js\")"));
        test.ExpectedDiagnostics.Add(PK5003(1, "The sessionStorage key", "'last-page'", "ClientStorageKey(\"last-page\")"));
        return test.RunAsync();
    }

    [Fact]
    public Task Line_and_column_are_those_of_the_key_in_the_script()
    {
        var test = Create("class C { }", ("/app/wwwroot/js/site.js", "'use strict';\r\n\r\nfunction f() {\r\n  localStorage.setItem(\"wizard\", 3);\r\n}\r\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PK5003", DiagnosticSeverity.Info)
            .WithSpan("/app/wwwroot/js/site.js", 4, 24, 4, 32)
            .WithArguments("The localStorage key", "'wizard'", "ClientStorageKey(\"wizard\")"));
        return test.RunAsync();
    }

    [Fact]
    public Task Garbage_binary_unterminated_and_minified_input_never_throws()
    {
        var test = Create("class C { }",
            ("/app/wwwroot/js/broken.js", "localStorage.setItem('unterminated, 1);\n/* never closed localStorage.setItem('x', 1)"),
            ("/app/wwwroot/js/regex.js", "var a = b / c; var r = /[/]'/; x = `tpl ${ `nested` }`; localStorage.setItem({|#0:'after'|}, 1)"),
            ("/app/wwwroot/js/binary.js", "\0\u0001\uFFFD\uD800localStorage\u0002setItem('bin',1)\0"),
            ("/app/wwwroot/js/app.min.js", "!function(){try{a.localStorage.setItem({|#1:\"min\"|},1)}catch(e){}}();"),
            ("/app/wwwroot/js/empty.js", ""),
            ("/app/wwwroot/js/end.js", "localStorage.setItem("));
        test.ExpectedDiagnostics.Add(PK5003(0, "The localStorage key", "'after'", "ClientStorageKey(\"after\")"));
        test.ExpectedDiagnostics.Add(PK5003(1, "The localStorage key", "'min'", "ClientStorageKey(\"min\")"));
        return test.RunAsync();
    }

    [Fact]
    public void Scanner_reads_each_kind_of_call()
    {
        List<ScriptFinding> findings = ScriptScanner.Scan("sessionStorage.setItem('a', 1); navigator.serviceWorker.register(\"/sw.js\"); localStorage.setItem(k, 1)");
        Assert.Equal(
            [(ScriptFindingKind.SessionStorageWrite, "a"), (ScriptFindingKind.ServiceWorkerRegistration, "/sw.js"), (ScriptFindingKind.LocalStorageWrite, (string?)null)],
            findings.Select(f => (f.Kind, f.Argument)));
    }

    private static Verify.Test Create(string source, params (string Path, string Text)[] files)
    {
        Verify.Test test = Verify.Create(source);
        foreach ((string path, string text) in files)
        {
            test.TestState.AdditionalFiles.Add((path, text));
        }

        return test;
    }
}
