using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ParityKit.Analyzers.Manifest;
using ParityKit.Tests.Infrastructure;

namespace ParityKit.Tests.Manifest;

/// <summary>
/// The generator must not redo work on edits that do not touch a declaration (every IDE keystroke is one): every
/// tracked step is Cached or Unchanged afterwards. The negative tests show the same check does fail when a
/// declaration changes, so a pass means something.
/// </summary>
public class ManifestCachingTests
{
    private const string OtherFile = """
        namespace Storefront
        {
            public class Pricing
            {
                public decimal Total(decimal net) { return net * 1.2m; }
            }
        }
        """;

    public static IReadOnlyList<string> StepNames { get; } = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToList();

    [Theory]
    [InlineData(0, "return 0;", "return 1 + 1;")]
    [InlineData(1, "return net * 1.2m;", "return net * 1.25m;")]
    [InlineData(0, "public int Count()", "// a comment\n        public int Count()")]
    public void Unrelated_edit_leaves_every_step_cached(int file, string before, string after)
    {
        ManifestRun first = ManifestRun.Of([ManifestSamples.FullSet, OtherFile]);
        ManifestRun second = first.Rerun(Edit(first.Input, file, before, after));

        Assert.Equal(StepNames.OrderBy(n => n), second.RunResult.TrackedSteps.Keys.Where(StepNames.Contains).OrderBy(n => n));
        var rerun = StepReasons(second)
            .Where(s => s.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
            .ToList();
        Assert.True(rerun.Count == 0, "Steps that re-ran: " + string.Join(", ", rerun));
        Assert.All(second.RunResult.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        Assert.Equal(first.Source, second.Source);
    }

    [Fact]
    public void Changing_a_declaration_regenerates_the_manifest()
    {
        ManifestRun first = ManifestRun.Of([ManifestSamples.FullSet, OtherFile]);
        ManifestRun second = first.Rerun(Edit(first.Input, 0, "Default = \"USD\"", "Default = \"EUR\""));

        Assert.Contains((TrackingNames.Manifest, IncrementalStepRunReason.Modified), StepReasons(second));
        Assert.Contains(second.RunResult.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("\"\"default\"\": \"\"EUR\"\"", second.Source);
    }

    [Fact]
    public void Adding_a_declaration_in_a_new_file_regenerates_the_manifest()
    {
        ManifestRun first = ManifestRun.Of([ManifestSamples.FullSet, OtherFile]);
        Compilation edited = first.Input.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            """[assembly: ParityKit.RequiresSetting("Search:Region")]""", GeneratorRunner.ParseOptions, path: "New.cs"));
        ManifestRun second = first.Rerun(edited);

        Assert.Contains(StepReasons(second), s => s.Step == TrackingNames.RequiredSettings && s.Reason == IncrementalStepRunReason.New);
        Assert.Contains((TrackingNames.Manifest, IncrementalStepRunReason.Modified), StepReasons(second));
        Assert.Contains("Search:Region", second.Json);
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
