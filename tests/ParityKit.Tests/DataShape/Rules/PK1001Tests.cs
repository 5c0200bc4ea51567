using Microsoft.CodeAnalysis.Testing;
using ParityKit.Analyzers.DataShape;
using ParityKit.Tests.DataShape.Infrastructure;
using Verifier = ParityKit.Tests.DataShape.Infrastructure.DataShapeVerifier<ParityKit.Analyzers.DataShape.RawSqlSchemaAnalyzer>;

namespace ParityKit.Tests.DataShape.Rules;

/// <summary>PK1001: raw SQL names a column the migrations renamed or dropped.</summary>
public class PK1001Tests
{
    [Fact]
    public async Task Field_story_renamed_column_in_ExecuteSqlRaw_names_the_migration_and_the_new_name()
    {
        Verifier.Test test = Verifier.WithFixtures("""
            using Microsoft.EntityFrameworkCore;
            using ParityKit.Fixtures;

            public class UserQueries(StoreDbContext db)
            {
                public int Link(int id, string externalId) =>
                    db.Database.ExecuteSqlRaw("UPDATE users SET {|#0:user_identifier|} = {0} WHERE id = {1}", externalId, id);
            }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PK1001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
            .WithLocation(0)
            .WithArguments("user_identifier", "users", "renamed to 'external_id'", "20260201000000_RenameUserIdentifier", "StoreDbContext"));
        await test.RunAsync();
    }
}
