using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ParityKit.Analyzers.Manifest;
using ParityKit.Tests.Infrastructure;
using ParityKit.Tests.Manifest;

namespace ParityKit.Tests.Browser;

/// <summary>The manifest's <c>browser</c> section and the typed <c>ParityManifest.Browser</c>, from the browser declarations.</summary>
public class BrowserManifestTests
{
    [Fact]
    public void Declarations_fill_the_section_sorted_and_distinct()
    {
        ManifestRun run = ManifestRun.Of("""
            using ParityKit;
            [assembly: ClientStorageKey("onboarding-step")]
            [assembly: ClientStorageKey("Cart")]
            [assembly: ClientStorageKey("cart")]
            [assembly: ClientStorageKey("onboarding-step")]
            [assembly: ServiceWorker(@".\wwwroot\sw.js")]
            [assembly: ServiceWorker("wwwroot/js/push.js")]
            [assembly: ServiceWorker("wwwroot/SW.js")]
            [assembly: BaseUrlSetting("App:BaseUrl")]
            """);

        Assert.Equal(
            """{"baseUrlSetting":"App:BaseUrl","storageKeys":["Cart","cart","onboarding-step"],"serviceWorkers":["wwwroot/js/push.js","wwwroot/sw.js"]}""",
            Browser(run).ToJsonString());
    }

    [Fact]
    public void Without_declarations_the_section_is_present_and_empty()
    {
        ManifestRun run = ManifestRun.Of(ManifestSamples.NoDeclarations);
        Assert.Equal("""{"baseUrlSetting":null,"storageKeys":[],"serviceWorkers":[]}""", Browser(run).ToJsonString());
        Assert.Contains("public const string? BaseUrlSetting = null;", run.Source);
        Assert.Contains("public static global::System.Collections.Generic.IReadOnlyList<string> StorageKeys { get; } = global::System.Array.Empty<string>();", run.Source);
    }

    [Fact]
    public void Malformed_declarations_stay_out()
    {
        ManifestRun run = ManifestRun.Of("""
            using ParityKit;
            [assembly: ClientStorageKey("")]
            [assembly: ClientStorageKey(" padded")]
            [assembly: ClientStorageKey("ok")]
            [assembly: ServiceWorker("/sw.js")]
            [assembly: ServiceWorker("../sw.js")]
            [assembly: ServiceWorker("https://shop.example/sw.js")]
            [assembly: BaseUrlSetting("App Base Url")]
            """);

        Assert.Equal("""{"baseUrlSetting":null,"storageKeys":["ok"],"serviceWorkers":[]}""", Browser(run).ToJsonString());
    }

    [Fact]
    public void Typed_browser_facts_compile_and_match_the_json()
    {
        ManifestRun run = ManifestRun.Of(ManifestSamples.FullSet);
        Assert.Empty(run.CompilationProblems());

        // Read the generated values back through the compiler, the way app code would see them.
        string probe = """
            namespace Storefront
            {
                public static class Probe
                {
                    public const string? Key = ParityManifest.Browser.BaseUrlSetting;
                    public static string Keys() { return string.Join(",", ParityManifest.Browser.StorageKeys); }
                    public static string Workers() { return string.Join(",", ParityManifest.Browser.ServiceWorkers); }
                }
            }
            """;
        Compilation withProbe = run.Output.AddSyntaxTrees(CSharpSyntaxTree.ParseText(probe, GeneratorRunner.ParseOptions, path: "Probe.cs"));
        Assert.Empty(withProbe.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Equal("App:BaseUrl", GeneratorRunner.GetConstant(withProbe, withProbe.SyntaxTrees.Last(), "Key"));
        Assert.Contains(
            "IReadOnlyList<string>StorageKeys{get;}=newstring[]{\"cart\",\"onboarding-step\",};",
            string.Concat(run.Source!.Where(c => !char.IsWhiteSpace(c))));
    }

    [Fact]
    public void Changing_a_storage_key_regenerates_the_manifest()
    {
        ManifestRun first = ManifestRun.Of([ManifestSamples.FullSet]);
        SyntaxTree tree = first.Input.SyntaxTrees.First();
        Compilation edited = first.Input.ReplaceSyntaxTree(tree, tree.WithChangedText(
            Microsoft.CodeAnalysis.Text.SourceText.From(tree.ToString().Replace("\"onboarding-step\"", "\"onboarding-step-v2\""))));
        ManifestRun second = first.Rerun(edited);

        Assert.Contains(Reasons(second), r => r.Step == TrackingNames.ClientStorageKeys && r.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains(Reasons(second), r => r.Step == TrackingNames.Manifest && r.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("onboarding-step-v2", second.Json);
    }

    [Fact]
    public void Adding_a_service_worker_in_a_new_file_regenerates_the_manifest()
    {
        ManifestRun first = ManifestRun.Of([ManifestSamples.FullSet]);
        Compilation edited = first.Input.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            """[assembly: ParityKit.ServiceWorker("wwwroot/push.js")]""", GeneratorRunner.ParseOptions, path: "Push.cs"));
        ManifestRun second = first.Rerun(edited);

        Assert.Contains(Reasons(second), r => r.Step == TrackingNames.ServiceWorkers && r.Reason == IncrementalStepRunReason.New);
        Assert.Contains(Reasons(second), r => r.Step == TrackingNames.Manifest && r.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(["wwwroot/push.js", "wwwroot/sw.js"], Browser(second)["serviceWorkers"]!.AsArray().Select(n => (string)n!));
    }

    private static JsonObject Browser(ManifestRun run) => JsonNode.Parse(run.Json!)!["browser"]!.AsObject();

    private static IEnumerable<(string Step, IncrementalStepRunReason Reason)> Reasons(ManifestRun run) =>
        from step in run.RunResult.TrackedSteps
        from execution in step.Value
        from output in execution.Outputs
        select (step.Key, output.Reason);
}
