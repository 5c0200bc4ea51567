using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verifier = ParityKit.Tests.DataShape.Infrastructure.DataShapeVerifier<ParityKit.Analyzers.DataShape.RawSqlSchemaAnalyzer>;

namespace ParityKit.Tests.DataShape.Rules;

/// <summary>PK1002: raw SQL names a table the migrations renamed or dropped, or a column a known table does not have.</summary>
public class PK1002Tests
{
    private const string Usings = """
        using System.Linq;
        using Dapper;
        using Microsoft.Data.Sqlite;
        using Microsoft.EntityFrameworkCore;
        using ParityKit.Fixtures;

        """;

    [Fact]
    public async Task Renamed_table_names_the_migration_and_the_new_name()
    {
        Verifier.Test test = Verifier.WithFixtures(Usings + """
            public class Orders(SqliteConnection connection)
            {
                public long Total(int userId) =>
                    connection.ExecuteScalar<long>("SELECT SUM(o.total_cents) FROM {|#0:orders|} o WHERE o.user_id = @userId", new { userId });
            }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PK1002", DiagnosticSeverity.Warning)
            .WithLocation(0)
            .WithArguments("Table 'orders' was renamed to 'customer_orders' by migration '20260215000000_RenameOrdersTable' (StoreDbContext); this SQL still names 'orders'"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Unknown_column_in_a_known_table_is_reported_when_the_table_is_certain()
    {
        Verifier.Test test = Verifier.WithFixtures(Usings + """
            public class Users(SqliteConnection connection)
            {
                public string Nick(int id) =>
                    connection.QuerySingle<string>("SELECT u.{|#0:nickname|} FROM users u WHERE u.id = @id", new { id });
            }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PK1002", DiagnosticSeverity.Warning)
            .WithLocation(0)
            .WithArguments("Column 'nickname' is not a column of table 'users' in the schema the migrations of StoreDbContext produce (latest migration '20260301000000_DropLegacyColumn')"));
        await test.RunAsync();
    }

    [Fact]
    public Task Fires_for_old_table_names_in_joins_subqueries_and_schema_qualified_names() => Verifier.VerifyWithFixturesAsync(Usings + """
        public class More(SqliteConnection connection)
        {
            public void Run()
            {
                connection.Query<int>("SELECT u.id FROM users u JOIN {|PK1002:orders|} o ON o.user_id = u.id");
                connection.Query<int>("SELECT id FROM users WHERE id IN (SELECT user_id FROM \"{|PK1002:orders|}\")");
                connection.Query<int>("INSERT INTO audit.audit_entries (action, {|PK1002:actor_name|}) VALUES ('x', 'y')");
                connection.Query<int>("SELECT {|PK1002:nickname|} FROM audit_entries");
            }
        }
        """);

    [Fact]
    public Task Dropped_table_from_a_hand_written_migration() => Verifier.VerifyWithFixturesAsync(Usings + """
        using Microsoft.EntityFrameworkCore.Infrastructure;
        using Microsoft.EntityFrameworkCore.Migrations;

        [DbContext(typeof(AuditDbContext))]
        [Migration("20260401000000_AddArchive")]
        public class AddArchive : Migration
        {
            protected override void Up(MigrationBuilder b) =>
                b.CreateTable("audit_archive", t => new { id = t.Column<int>(nullable: false) }, schema: "audit");
        }

        [DbContext(typeof(AuditDbContext))]
        [Migration("20260501000000_DropArchive")]
        public class DropArchive : Migration
        {
            protected override void Up(MigrationBuilder b) => b.DropTable("audit_archive", schema: "audit");
        }

        public class Archive(SqliteConnection connection)
        {
            public void Run() => connection.Execute("DELETE FROM {|PK1002:audit_archive|} WHERE id < 10");
        }
        """);

    [Fact]
    public Task Does_not_guess_when_a_column_could_belong_to_something_it_cannot_see() => Verifier.VerifyWithFixturesAsync(Usings + """
        public class Unsure(SqliteConnection connection)
        {
            public void Run()
            {
                // Two tables in scope: the column may be either's, so an unknown one is not reported...
                connection.Query<int>("SELECT nickname FROM users, customer_orders");
                // ...nor in a correlated subquery, nor next to a view, nor with an alias the SQL defines.
                connection.Query<int>("SELECT id FROM users u WHERE EXISTS (SELECT 1 FROM customer_orders o WHERE nickname = 1)");
                connection.Query<int>("SELECT nickname FROM users JOIN user_stats_view v ON v.id = users.id");
                connection.Query<int>("SELECT email AS nickname FROM users ORDER BY nickname");
                connection.Query<int>("SELECT x.nickname FROM unknown_table x");
                connection.Query<int>("SELECT EXTRACT(YEAR FROM placed_at), DATEADD(day, 1, placed_at) FROM customer_orders");
                connection.Query<int>("INSERT INTO users (external_id) VALUES (@id) ON CONFLICT (external_id) DO UPDATE SET email = EXCLUDED.email");
            }
        }
        """);
}
