using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using ParityKit.Tests.DataShape.Infrastructure;
using Verifier = ParityKit.Tests.DataShape.Infrastructure.DataShapeVerifier<ParityKit.Analyzers.DataShape.RawSqlSchemaAnalyzer>;

namespace ParityKit.Tests.DataShape.EndToEnd;

/// <summary>
/// Migrations usually live in their own project. Here the fixture migrations project is compiled with the schema
/// summary generator and emitted; the app project references the built assembly only (no migration source) and
/// still gets PK1001 and PK1002, read from the summary in the assembly's metadata.
/// </summary>
public class CrossProjectSchemaTests
{
    private static readonly Lazy<MetadataReference> MigrationsAssembly = new(SchemaCompilation.EmitFixtureProject);

    [Fact]
    public async Task An_app_referencing_the_built_migrations_assembly_gets_the_diagnostics()
    {
        var test = new Verifier.Test
        {
            TestCode = """
                using Dapper;
                using Microsoft.Data.Sqlite;
                using Microsoft.EntityFrameworkCore;
                using ParityKit.Fixtures;

                public class UserQueries(StoreDbContext db, SqliteConnection connection)
                {
                    public int Link(int id, string externalId) =>
                        db.Database.ExecuteSqlRaw("UPDATE users SET {|#0:user_identifier|} = {0} WHERE id = {1}", externalId, id);

                    public long Spent(int id) =>
                        connection.ExecuteScalar<long>("SELECT SUM(total_cents) FROM {|#1:orders|} WHERE user_id = @id", new { id });

                    public int Fine(int id) => db.Database.ExecuteSqlRaw("UPDATE users SET external_id = {0}", id);
                }
                """,
        };
        test.TestState.AdditionalReferences.Add(MigrationsAssembly.Value);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PK1001", DiagnosticSeverity.Warning).WithLocation(0)
            .WithArguments("user_identifier", "users", "renamed to 'external_id'", "20260201000000_RenameUserIdentifier", "StoreDbContext"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PK1002", DiagnosticSeverity.Warning).WithLocation(1)
            .WithArguments("Table 'orders' was renamed to 'customer_orders' by migration '20260215000000_RenameOrdersTable' (StoreDbContext); this SQL still names 'orders'"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Without_the_reference_nothing_is_known_and_nothing_fires()
    {
        var test = new Verifier.Test
        {
            TestCode = """
                using Dapper;
                using Microsoft.Data.Sqlite;

                public class UserQueries(SqliteConnection connection)
                {
                    public string Find() => connection.QuerySingle<string>("SELECT user_identifier FROM users");
                }
                """,
        };
        await test.RunAsync();
    }

    [Fact]
    public void The_summary_is_read_from_metadata_without_running_anything()
    {
        Compilation app = SchemaCompilation.Create([("/App.cs", "class App { }")], "App", [MigrationsAssembly.Value]);
        var schemas = ParityKit.Analyzers.DataShape.SchemaSummary.SchemaCatalog.Load(app);
        Assert.Equal(
            ["ParityKit.Fixtures.AuditDbContext", "ParityKit.Fixtures.StoreDbContext"],
            Assert.Single(schemas).Contexts.Select(c => c.Context));
    }
}
