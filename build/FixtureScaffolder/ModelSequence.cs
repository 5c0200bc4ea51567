using Microsoft.EntityFrameworkCore;

namespace ParityKit.FixtureScaffolder;

/// <summary>One model change: the migration id it gets (a fixed timestamp, so output is deterministic) and the model after it.</summary>
public sealed record ModelStep(string MigrationId, Action<ModelBuilder> Configure)
{
    public string Name => MigrationId.Substring(15);
}

/// <summary>
/// A DbContext's history: the steps in order, where the scaffolded files go (relative to the repository root), and
/// the namespace EF Core gives them.
/// </summary>
internal sealed record ModelSequence(
    Type ContextType,
    Func<ModelStep, StepDbContext> CreateContext,
    string ProjectDirectory,
    string OutputDirectory,
    string RootNamespace,
    string SubNamespace,
    IReadOnlyList<ModelStep> Steps)
{
    public string OutputPath(string repoRoot) => Path.Combine(repoRoot, ProjectDirectory, OutputDirectory);
}
