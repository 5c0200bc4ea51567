using System.Reflection;
using Microsoft.CodeAnalysis;
using ParityKit.Analyzers.Manifest;
using ParityKit.Analyzers.Seeds;

namespace ParityKit.Tests.Seeds;

/// <summary>
/// The seed steps (in the seed generator and in the manifest generator) are left Cached/Unchanged by an edit that does
/// not touch a seed, and the negative test shows the same check fails when a seed value changes.
/// </summary>
public class SeedCachingTests
{
    public static IReadOnlyList<string> StepNames { get; } = typeof(SeedTrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToList();

    [Theory]
    [InlineData("/App/Seeds.cs", "namespace Cohort.Seeds\n{", "namespace Cohort.Seeds\n{\n    public static class Unrelated { public static int Count() => 2; }\n")]
    [InlineData("/App/Seeds.cs", "ItemCount = 3, Note", "ItemCount = 3,  Note")]
    [InlineData("/Fixtures/CohortModel.cs", "public sealed class Account", "// reviewed\npublic sealed class Account")]
    public void Unrelated_edit_leaves_every_seed_step_cached(string path, string before, string after)
    {
        SeedRun first = SeedRun.Of(SeedSamples.Project());
        SeedRun second = first.Rerun(Edit(first.Input, path, before, after));

        List<(string Step, IncrementalStepRunReason Reason)> reasons = StepReasons(second).ToList();
        Assert.Equal(StepNames.Order(), reasons.Select(r => r.Step).Distinct().Order());
        var rerun = reasons.Where(r => r.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged)).ToList();
        Assert.True(rerun.Count == 0, "Steps that re-ran: " + string.Join(", ", rerun));
        Assert.All(
            second.RunResult.Results.Single(r => r.Generator.GetGeneratorType() == typeof(ManifestGenerator)).TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Changing_a_seed_value_regenerates_the_seed_and_the_manifest()
    {
        SeedRun first = SeedRun.Of(SeedSamples.Project());
        SeedRun second = first.Rerun(Edit(first.Input, "/App/Seeds.cs", "ItemCount = 3", "ItemCount = 4"));

        Assert.Contains((SeedTrackingNames.Seeds, IncrementalStepRunReason.Modified), StepReasons(second));
        Assert.Contains((SeedTrackingNames.ManifestSeeds, IncrementalStepRunReason.Modified), StepReasons(second));
        Assert.NotEqual(first.Exports["default"], second.Exports["default"]);
        Assert.NotEqual(first.ManifestJson, second.ManifestJson);
    }

    private static IEnumerable<(string Step, IncrementalStepRunReason Reason)> StepReasons(SeedRun run) =>
        from result in run.RunResult.Results
        from step in result.TrackedSteps
        where StepNames.Contains(step.Key)
        from execution in step.Value
        from output in execution.Outputs
        select (step.Key, output.Reason);

    private static Compilation Edit(Compilation compilation, string path, string before, string after)
    {
        SyntaxTree tree = compilation.SyntaxTrees.Single(t => t.FilePath == path);
        string text = tree.ToString().Replace("\r\n", "\n");
        Assert.Contains(before, text);
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(text.Replace(before, after))));
    }
}
