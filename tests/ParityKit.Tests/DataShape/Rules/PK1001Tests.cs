using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verifier = ParityKit.Tests.DataShape.Infrastructure.DataShapeVerifier<ParityKit.Analyzers.DataShape.RawSqlSchemaAnalyzer>;

namespace ParityKit.Tests.DataShape.Rules;

/// <summary>PK1001: raw SQL names a column the migrations renamed or dropped (schema: the real fixture migrations).</summary>
public class PK1001Tests
{
    private const string Usings = """
        using System.Data.Common;
        using System.Linq;
        using Dapper;
        using Microsoft.Data.Sqlite;
        using Microsoft.EntityFrameworkCore;
        using ParityKit.Fixtures;

        """;

    [Fact]
    public async Task Field_story_renamed_column_in_ExecuteSqlRaw_names_the_migration_and_the_new_name()
    {
        Verifier.Test test = Verifier.WithFixtures(Usings + """
            public class UserQueries(StoreDbContext db)
            {
                public int Link(int id, string externalId) =>
                    db.Database.ExecuteSqlRaw("UPDATE users SET {|#0:user_identifier|} = {0} WHERE id = {1}", externalId, id);
            }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PK1001", DiagnosticSeverity.Warning)
            .WithLocation(0)
            .WithArguments("user_identifier", "users", "renamed to 'external_id'", "20260201000000_RenameUserIdentifier", "StoreDbContext"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Dropped_column_names_the_migration_that_dropped_it()
    {
        Verifier.Test test = Verifier.WithFixtures(Usings + """
            public class Legacy(StoreDbContext db)
            {
                public IQueryable<string> Codes() => db.Database.SqlQueryRaw<string>("SELECT {|#0:legacy_code|} AS Value FROM users");
            }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PK1001", DiagnosticSeverity.Warning)
            .WithLocation(0)
            .WithArguments("legacy_code", "users", "dropped", "20260301000000_DropLegacyColumn", "StoreDbContext"));
        await test.RunAsync();
    }

    [Fact]
    public Task Fires_in_every_sink_and_every_way_of_writing_the_text() => Verifier.VerifyWithFixturesAsync(Usings + """"
        public class Sinks(StoreDbContext db, SqliteConnection connection)
        {
            private const string ByIdentifier = "SELECT id FROM users WHERE user_identifier = @id";
            private const string Prefix = "SELECT u.user_identifier ";

            public void Run(string id)
            {
                db.Users.FromSqlRaw("SELECT * FROM users WHERE {|PK1001:user_identifier|} = {0}", id).ToList();
                db.Users.FromSql($"SELECT * FROM users WHERE {|PK1001:user_identifier|} = {id}").ToList();
                db.Users.FromSqlInterpolated($"SELECT * FROM \"users\" WHERE \"{|PK1001:user_identifier|}\" = {id}").ToList();
                db.Database.ExecuteSql($"DELETE FROM users WHERE {|PK1001:user_identifier|} = {id}");
                db.Database.SqlQuery<int>($"SELECT id AS Value FROM users WHERE [{|PK1001:user_identifier|}] = {id}").ToList();
                connection.Query<int>({|PK1001:ByIdentifier|}, new { id });
                connection.Execute(@"UPDATE users SET ""{|PK1001:user_identifier|}"" = @id", new { id });
                connection.QueryFirstOrDefault<string>({|PK1001:Prefix + "FROM users u WHERE u.id = 1"|});
                connection.QuerySingle<string>("SELECT `{|PK1001:user_identifier|}` " + "FROM users");
                connection.Query<string>(new CommandDefinition("SELECT {|PK1001:user_identifier|} FROM users"));
                using SqliteCommand command = connection.CreateCommand();
                command.CommandText = $"""
                    SELECT o.total_cents
                    FROM customer_orders o
                    JOIN users u ON u.id = o.user_id
                    WHERE u.{|PK1001:user_identifier|} = {id}
                    """;
                using var other = new SqliteCommand("SELECT {|PK1001:user_identifier|} FROM users", connection);
                DbCommand generic = new SqliteCommand { CommandText = "SELECT {|PK1001:user_identifier|} FROM users" };
            }
        }
        """");

    [Fact]
    public Task A_constant_is_reported_at_each_use_and_one_from_another_assembly_too() => Verifier.VerifyWithFixturesAsync(Usings + """
        public class Twice(SqliteConnection connection)
        {
            private const string Sql = "SELECT user_identifier FROM users";

            public void Run()
            {
                connection.Query<string>({|PK1001:Sql|});
                connection.Query<string>({|PK1001:Sql|});
                connection.Query<string>({|PK1001:Sql + " WHERE id = 1"|});
            }
        }
        """);

    [Fact]
    public Task Does_not_fire_on_current_names_unknown_tables_ctes_subquery_aliases_or_strings_never_passed_to_a_sink() => Verifier.VerifyWithFixturesAsync(Usings + """
        public class Clean(StoreDbContext db, SqliteConnection connection)
        {
            // Never passed to a sink: just a string.
            private const string Note = "user_identifier was renamed to external_id";

            public void Run(string id, string table)
            {
                db.Database.ExecuteSqlRaw("UPDATE users SET external_id = {0}", id);
                connection.Query<string>("SELECT user_identifier FROM legacy_users_view");
                connection.Query<string>("SELECT user_identifier FROM reporting.dbo.users");
                connection.Query<string>("SELECT user_identifier FROM user_lookup(@id)", new { id });
                connection.Query<string>("WITH x (user_identifier) AS (SELECT external_id FROM users) SELECT user_identifier FROM x");
                connection.Query<string>("SELECT s.user_identifier FROM (SELECT external_id AS user_identifier FROM users) s");
                connection.Query<string>("SELECT external_id AS user_identifier FROM users ORDER BY user_identifier");
                connection.Query<string>("SELECT 'user_identifier', external_id FROM users -- user_identifier");
                connection.Query<string>($"SELECT user_identifier FROM {table}");
                connection.Query<string>("SELECT user_identifier FROM " + table);
                string built = "SELECT user_identifier FROM users";
                connection.Query<string>(built);
                connection.Query<string>("SELECT user_identifier FROM users WHERE name = 'unterminated");
                System.Console.WriteLine("SELECT user_identifier FROM users" + Note);
            }
        }
        """);

    [Fact]
    public Task Does_not_fire_inside_migrations() => Verifier.VerifyWithFixturesAsync(Usings + """
        using Microsoft.EntityFrameworkCore.Infrastructure;
        using Microsoft.EntityFrameworkCore.Migrations;

        [DbContext(typeof(StoreDbContext))]
        [Migration("20260401000000_Backfill")]
        public class Backfill : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.Sql("UPDATE users SET external_id = user_identifier");
                using var command = new SqliteCommand("SELECT user_identifier FROM users");
            }
        }
        """);

    [Fact]
    public async Task Does_not_fire_in_generated_code()
    {
        Verifier.Test test = Verifier.WithFixtures("class Nothing { }");
        test.TestState.Sources.Add(("/App/Queries.g.cs", Usings.Replace("using System.Data.Common;", "// <auto-generated/>\nusing System.Data.Common;", StringComparison.Ordinal) + """
            public class Generated(SqliteConnection connection)
            {
                public void Run() => connection.Query<string>("SELECT user_identifier FROM users");
            }
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task Does_not_fire_in_a_test_project_unless_asked_to()
    {
        const string Source = Usings + """
            public class InTests(SqliteConnection connection)
            {
                public void Run() => connection.Query<string>("SELECT {|PK1001:user_identifier|} FROM users");
            }
            """;
        Verifier.Test skipped = Verifier.WithFixtures(Source.Replace("{|PK1001:user_identifier|}", "user_identifier", StringComparison.Ordinal));
        skipped.WithGlobalConfig("build_property.IsTestProject = true");
        await skipped.RunAsync();

        Verifier.Test asked = Verifier.WithFixtures(Source);
        asked.WithGlobalConfig("build_property.IsTestProject = true\nparitykit.analyze_test_projects = true");
        await asked.RunAsync();
    }
}
