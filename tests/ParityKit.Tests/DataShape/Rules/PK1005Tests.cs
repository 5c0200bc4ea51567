using ParityKit.Tests.DataShape.Infrastructure;
using Verifier = ParityKit.Tests.DataShape.Infrastructure.DataShapeVerifier<ParityKit.Analyzers.DataShape.SnapshotDriftAnalyzer>;

namespace ParityKit.Tests.DataShape.Rules;

/// <summary>PK1005: the migration chain and the model snapshot disagree.</summary>
public class PK1005Tests
{
    [Fact]
    public Task Does_not_fire_on_the_real_fixtures() => Verifier.VerifyWithFixturesAsync("class App { }");

    [Fact]
    public async Task Fires_on_the_snapshot_when_a_migration_is_missing_from_the_chain()
    {
        // A bad merge lost the migration that drops legacy_code; the snapshot still says the column is gone.
        var test = new Verifier.Test();
        foreach ((string path, string content) in FixtureSources.MigrationsProject)
        {
            if (path.Contains("DropLegacyColumn", StringComparison.Ordinal))
            {
                continue;
            }

            test.TestState.Sources.Add((path, path.EndsWith("StoreDbContextModelSnapshot.cs", StringComparison.Ordinal)
                ? content.Replace("partial class StoreDbContextModelSnapshot", "partial class {|#0:StoreDbContextModelSnapshot|}", StringComparison.Ordinal)
                : content));
        }

        test.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult("PK1005", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
            .WithLocation(0)
            .WithArguments("The migrations of StoreDbContext (up to '20260215000000_RenameOrdersTable') and its model snapshot disagree: column 'users.legacy_code' is created by the migrations, but the snapshot has no property for it"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Fires_when_a_hand_edited_migration_changes_nullability()
    {
        var test = new Verifier.Test();
        foreach ((string path, string content) in FixtureSources.MigrationsProject)
        {
            string text = content;
            if (path.EndsWith("20260115000000_AddUserEmail.cs", StringComparison.Ordinal))
            {
                text = text.Replace("nullable: false,\n                defaultValue: \"\");", "nullable: true);", StringComparison.Ordinal);
                Assert.NotEqual(content, text);
            }

            if (path.EndsWith("StoreDbContextModelSnapshot.cs", StringComparison.Ordinal))
            {
                text = text.Replace("partial class StoreDbContextModelSnapshot", "partial class {|PK1005:StoreDbContextModelSnapshot|}", StringComparison.Ordinal);
            }

            test.TestState.Sources.Add((path, text));
        }

        await test.RunAsync();
    }
}
