using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ParityKit.Analyzers.DataShape;
using ParityKit.CodeFixes.DataShape;
using ParityKit.Fixtures;
using ParityKit.Tests.DataShape.Infrastructure;

namespace ParityKit.Tests.DataShape.EndToEnd;

/// <summary>
/// The field story on real SQLite databases built by the fixture migrations: the SQL ParityKit flags runs on a
/// "staging" database that stopped before the rename, fails on a "production" database that ran every migration
/// ("no such column"), and the SQL its code fix writes runs there.
/// </summary>
public sealed class SqliteFieldStoryTests : IDisposable
{
    private const string AppSource = """
        using Microsoft.EntityFrameworkCore;
        using ParityKit.Fixtures;

        public class UserQueries(StoreDbContext db)
        {
            public int Link(int id, string externalId) =>
                db.Database.ExecuteSqlRaw("UPDATE \"users\" SET user_identifier = {0} WHERE id = {1}", externalId, id);
        }
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("paritykit-sqlite-").FullName;

    [Fact]
    public async Task Flagged_SQL_fails_on_the_migrated_database_and_the_fixed_SQL_runs()
    {
        (Diagnostic diagnostic, string fixedSource) = await AnalyzeAndFix(AppSource);
        Assert.Equal("PK1001", diagnostic.Id);
        Assert.Contains("20260201000000_RenameUserIdentifier", diagnostic.GetMessage(), StringComparison.Ordinal);

        string flaggedSql = SqlOf(AppSource);
        string fixedSql = SqlOf(fixedSource);
        Assert.Equal("UPDATE \"users\" SET external_id = {0} WHERE id = {1}", fixedSql);

        // Staging: the backfill never ran, the old column is still there, and the flagged SQL passes.
        using (StoreDbContext staging = Open("staging.db"))
        {
            staging.GetService<IMigrator>().Migrate("20260115000000_AddUserEmail");
            staging.Database.ExecuteSqlRaw("INSERT INTO users (user_identifier, display_name, email, legacy_code) VALUES ('old', 'Ada', 'ada@example.test', NULL)");
            Assert.Equal(1, staging.Database.ExecuteSqlRaw(flaggedSql, "ext-1", 1));
        }

        // Production: every migration ran.
        using StoreDbContext production = Open("production.db");
        production.Database.Migrate();
        Assert.False(production.Database.HasPendingModelChanges());
        production.Users.Add(new User { ExternalId = "old", DisplayName = "Ada", Email = "ada@example.test" });
        production.SaveChanges();

        SqliteException failure = Assert.Throws<SqliteException>(() => production.Database.ExecuteSqlRaw(flaggedSql, "ext-1", 1));
        Assert.Contains("no such column: user_identifier", failure.Message, StringComparison.Ordinal);

        Assert.Equal(1, production.Database.ExecuteSqlRaw(fixedSql, "ext-1", 1));
        Assert.Equal("ext-1", production.Users.AsNoTracking().Single().ExternalId);
    }

    [Fact]
    public void The_fixture_models_match_their_snapshots_and_every_migration_applies()
    {
        using StoreDbContext store = Open("store.db");
        store.Database.Migrate();
        Assert.False(store.Database.HasPendingModelChanges());
        Assert.Equal(5, store.Database.GetAppliedMigrations().Count());

        using var audit = new AuditDbContext(new DbContextOptionsBuilder<AuditDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_directory, "audit.db")}")
            .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.SqliteEventId.SchemaConfiguredWarning))
            .Options);
        audit.Database.Migrate();
        Assert.False(audit.Database.HasPendingModelChanges());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private StoreDbContext Open(string file) => new(new DbContextOptionsBuilder<StoreDbContext>()
        .UseSqlite($"Data Source={Path.Combine(_directory, file)}")
        .Options);

    private static string SqlOf(string source) => CSharpSyntaxTree.ParseText(source).GetRoot()
        .DescendantNodes().OfType<LiteralExpressionSyntax>()
        .Single(l => l.IsKind(SyntaxKind.StringLiteralExpression)).Token.ValueText;

    /// <summary>Builds the app with the fixture migrations, runs the analyzer, and applies the code fix to its diagnostic.</summary>
    private static async Task<(Diagnostic Diagnostic, string FixedSource)> AnalyzeAndFix(string appSource)
    {
        using var workspace = new AdhocWorkspace();
        Project project = workspace.AddProject("App", LanguageNames.CSharp)
            .WithMetadataReferences(DataShapeReferences.All)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .WithParseOptions(new CSharpParseOptions(LanguageVersion.Latest));
        foreach ((string path, string content) in FixtureSources.MigrationsProject)
        {
            project = project.AddDocument(path, content, filePath: path).Project;
        }

        Document app = project.AddDocument("App.cs", appSource, filePath: "/App.cs");
        Compilation compilation = (await app.Project.GetCompilationAsync())!;
        SchemaCompilation.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out Compilation generated, out _);
        ImmutableArray<Diagnostic> diagnostics = await generated
            .WithAnalyzers([new RawSqlSchemaAnalyzer()])
            .GetAnalyzerDiagnosticsAsync();
        Diagnostic diagnostic = Assert.Single(diagnostics);

        var actions = new List<CodeAction>();
        var context = new CodeFixContext(app, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await new RenameInSqlCodeFix().RegisterCodeFixesAsync(context);
        ImmutableArray<CodeActionOperation> operations = await Assert.Single(actions).GetOperationsAsync(CancellationToken.None);
        Solution changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        SourceText text = await changed.GetDocument(app.Id)!.GetTextAsync();
        return (diagnostic, text.ToString());
    }
}
