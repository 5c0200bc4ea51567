using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ParityKit.Analyzers.Manifest;
using ParityKit.Tests.Infrastructure;

namespace ParityKit.Tests.Manifest;

/// <summary>
/// The generator must not redo work on edits that do not touch a declaration, a flag read or a production
/// configuration file (every IDE keystroke is one): every tracked step is Cached or Unchanged afterwards. The negative
/// tests show the same check does fail when one of those changes, so a pass means something.
/// </summary>
public class ManifestCachingTests
{
    public static IReadOnlyList<string> StepNames { get; } = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToList();

    [Theory]
    [InlineData(0, "return 0;", "return 1 + 1;")]
    [InlineData(1, "return net * 1.2m;", "return net * 1.25m;")]
    [InlineData(0, "public int Count()", "// a comment\n        public int Count()")]
    [InlineData(3, "return q + fast", "return \"\" + q + fast")]
    [InlineData(3, "bool holiday =", "var holiday =")]
    [InlineData(2, "public const string Banner = \"banner\";", "public const string Banner = \"banner\";\n        public static int Count() { return 2; }")]
    public void Unrelated_edit_leaves_every_step_cached(int file, string before, string after)
    {
        ManifestRun first = ManifestRun.Of(ManifestSamples.FullSetWithFlags());
        AssertNothingReran(first.Rerun(Edit(first.Input, file, before, after)), first);
    }

    [Fact]
    public void Editing_a_non_production_configuration_file_leaves_every_step_cached()
    {
        ManifestRun first = ManifestRun.Of(ManifestSamples.FullSetWithFlags());
        AssertNothingReran(
            first.RerunWithAdditionalFile(ManifestSamples.ProjectDirectory + "appsettings.Staging.json", """{ "FeatureManagement": { "new-checkout": false } }"""),
            first);
    }

    [Fact]
    public void Changing_a_declaration_regenerates_the_manifest()
    {
        ManifestRun first = ManifestRun.Of(ManifestSamples.FullSetWithFlags());
        ManifestRun second = first.Rerun(Edit(first.Input, 0, "Default = \"USD\"", "Default = \"EUR\""));

        AssertRegenerated(second);
        Assert.Contains("\"\"default\"\": \"\"EUR\"\"", second.Source);
    }

    [Fact]
    public void Adding_a_declaration_in_a_new_file_regenerates_the_manifest()
    {
        ManifestRun first = ManifestRun.Of(ManifestSamples.FullSetWithFlags());
        Compilation edited = first.Input.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            """[assembly: ParityKit.RequiresSetting("Search:Region")]""", GeneratorRunner.ParseOptions, path: "New.cs"));
        ManifestRun second = first.Rerun(edited);

        Assert.Contains(StepReasons(second), s => s.Step == TrackingNames.RequiredSettings && s.Reason == IncrementalStepRunReason.New);
        AssertRegenerated(second);
        Assert.Contains("Search:Region", second.Json);
    }

    [Fact]
    public void Editing_a_flag_read_regenerates_the_manifest()
    {
        ManifestRun first = ManifestRun.Of(ManifestSamples.FullSetWithFlags());
        ManifestRun second = first.Rerun(Edit(first.Input, 3, "\"holiday-banner\"", "\"holiday-sale\""));

        Assert.Contains((TrackingNames.FlagReads, IncrementalStepRunReason.Modified), StepReasons(second));
        Assert.Contains((TrackingNames.FeatureFlags, IncrementalStepRunReason.Modified), StepReasons(second));
        AssertRegenerated(second);
        Assert.Contains("holiday-sale", second.Json);
        Assert.DoesNotContain("holiday-banner", second.Json);
    }

    [Fact]
    public void Editing_a_flag_baseline_in_code_regenerates_the_manifest()
    {
        ManifestRun first = ManifestRun.Of(ManifestSamples.FullSetWithFlags());
        ManifestRun second = first.Rerun(Edit(first.Input, 2, "[Baseline(false)] public const string Banner", "[Baseline(true)] public const string Banner"));

        Assert.Contains((TrackingNames.FeatureFlagsClasses, IncrementalStepRunReason.Modified), StepReasons(second));
        AssertRegenerated(second);
        Assert.Contains("FeatureFlag(\"banner\", true, ", second.Source);
    }

    [Fact]
    public void Editing_a_baseline_in_the_production_configuration_regenerates_the_manifest()
    {
        ManifestRun first = ManifestRun.Of(ManifestSamples.FullSetWithFlags());
        ManifestRun second = first.RerunWithAdditionalFile(
            ManifestSamples.ProjectDirectory + "appsettings.Production.json", """{ "FeatureManagement": { "Recommendations": false } }""");

        Assert.Contains((TrackingNames.ProductionFlagFiles, IncrementalStepRunReason.Modified), StepReasons(second));
        AssertRegenerated(second);
        Assert.Contains("\"key\": \"Recommendations\",\n      \"baseline\": false,", second.Json);
    }

    [Fact]
    public void Changing_a_configuration_read_regenerates_the_manifest()
    {
        ManifestRun first = ManifestRun.Of(ManifestSamples.FullSetWithFlags());
        Assert.Contains("Checkout/CheckoutSettings.cs:7", first.Json);
        ManifestRun second = first.Rerun(Edit(first.Input, 5, "configuration[\"Checkout:Currency\"]", "configuration[\"Checkout:Country\"]"));

        Assert.Contains(StepReasons(second), s => s.Step == TrackingNames.ConfigurationReads && s.Reason == IncrementalStepRunReason.Modified);
        AssertRegenerated(second);
        Assert.Contains("Checkout:Country", second.Json);
    }

    [Fact]
    public void Changing_an_appsettings_value_that_is_read_regenerates_the_manifest()
    {
        ManifestRun first = ManifestRun.Of(ManifestSamples.FullSetWithFlags());
        Assert.Contains("\"\"default\"\": \"\"eu\"\"", first.Source);
        ManifestRun second = first.RerunWithAdditionalFile(
            ManifestSamples.ProjectDirectory + "appsettings.json", """{ "FeatureManagement": { "Recommendations": false, "from-base-file": true }, "Search": { "Region": "us" } }""");

        Assert.Contains((TrackingNames.AllAppSettings, IncrementalStepRunReason.Modified), StepReasons(second));
        AssertRegenerated(second);
        Assert.Contains("\"\"default\"\": \"\"us\"\"", second.Source);
    }

    private static void AssertNothingReran(ManifestRun second, ManifestRun first)
    {
        Assert.Equal(StepNames.OrderBy(n => n), second.RunResult.TrackedSteps.Keys.Where(StepNames.Contains).OrderBy(n => n));
        var rerun = StepReasons(second)
            .Where(s => s.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
            .ToList();
        Assert.True(rerun.Count == 0, "Steps that re-ran: " + string.Join(", ", rerun));
        Assert.All(second.RunResult.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        Assert.Equal(first.Source, second.Source);
    }

    private static void AssertRegenerated(ManifestRun second)
    {
        Assert.Contains((TrackingNames.Manifest, IncrementalStepRunReason.Modified), StepReasons(second));
        Assert.Contains(second.RunResult.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            output => output.Reason == IncrementalStepRunReason.Modified);
    }

    private static IEnumerable<(string Step, IncrementalStepRunReason Reason)> StepReasons(ManifestRun run) =>
        from step in run.RunResult.TrackedSteps
        where StepNames.Contains(step.Key)
        from execution in step.Value
        from output in execution.Outputs
        select (step.Key, output.Reason);

    private static Compilation Edit(Compilation compilation, int file, string before, string after)
    {
        SyntaxTree tree = compilation.SyntaxTrees.ElementAt(file);
        string text = tree.ToString();
        Assert.Contains(before, text);
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(text.Replace(before, after))));
    }
}
