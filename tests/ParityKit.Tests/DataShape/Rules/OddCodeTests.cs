using Microsoft.CodeAnalysis.Testing;
using ParityKit.Analyzers.DataShape;
using ParityKit.Tests.DataShape.Infrastructure;

namespace ParityKit.Tests.DataShape.Rules;

/// <summary>
/// Code that does not compile, or compiles oddly, must never make a data-shape analyzer or the generator throw (an
/// AD0001 would fail these tests): broken migrations, broken snapshots, sinks with odd arguments.
/// </summary>
public class OddCodeTests
{
    private const string OddMigrations = """
        using Microsoft.EntityFrameworkCore;
        using Microsoft.EntityFrameworkCore.Infrastructure;
        using Microsoft.EntityFrameworkCore.Migrations;

        public class OddContext : DbContext { }

        [DbContext(typeof(OddContext))]
        [Migration(null)]
        public class NoId : Migration { protected override void Up(MigrationBuilder b) { } }

        [DbContext(typeof(OddContext))]
        [Migration("20250101000000_Odd")]
        public class Odd : Migration
        {
            private static string Name() => "computed";

            protected override void Up(MigrationBuilder b)
            {
                b.CreateTable(Name(), t => new { id = t.Column<int>() });
                b.CreateTable("t", columns: null!);
                b.CreateTable("u", t => null!);
                b.AddColumn<int>(name: "c", table: Name());
                b.RenameColumn("a", "missing_table", "b");
                b.DropColumn("x", "t");
                b.RenameTable("t", newName: null);
                b.AlterColumn<string>("nope", "u");
                b.DropTable("never_created");
                b.Sql("SELECT 1");
                b.NotAMethod();
            }
        }

        [DbContext(typeof(OddContext))]
        partial class OddSnapshot : ModelSnapshot
        {
            protected override void BuildModel(ModelBuilder modelBuilder)
            {
                modelBuilder.Entity("A", b => { b.Property<int>("Id"); b.HasBaseType("B"); b.HasBaseType("A"); });
                modelBuilder.Entity("B", b => { b.HasBaseType("A"); b.ToTable((string)null); b.OwnsOne("C", "c", c => c.ToTable("cs")); });
                modelBuilder.Entity("Broken", b => b.Property<int>());
                modelBuilder.Entity(null, null);
            }
        }
        """;

    private const string OddApp = """
        using Dapper;
        using Microsoft.Data.Sqlite;
        using Microsoft.EntityFrameworkCore;

        public class OddApp(SqliteConnection c, DbContext db)
        {
            public void Run(string s)
            {
                c.Query<int>(null!);
                c.Query<int>(s ?? "SELECT 1");
                c.Query<int>("");
                c.Query<int>("\"");
                c.Query<int>("SELECT " + null + " FROM users");
                c.Query<int>($"{s}{s}");
                c.Query<int>(sql: "SELECT a FROM (((");
                db.Database.ExecuteSqlRaw(UnknownSymbol);
                new SqliteCommand { CommandText = };
            }
        }
        """;

    [Fact]
    public async Task Nothing_throws_on_broken_migrations_snapshots_and_sinks()
    {
        await Run(new DataShapeVerifier<RawSqlSchemaAnalyzer>.Test());
        var drift = new DataShapeVerifier<SnapshotDriftAnalyzer>.Test();
        drift.ExpectedDiagnostics.Add(new DiagnosticResult("PK1005", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
            .WithSpan("/Odd/Migrations.cs", 34, 15, 34, 26)
            .WithArguments("The migrations of OddContext (up to '20250101000000_Odd') and its model snapshot disagree: table 'cs' is in the snapshot, but no migration creates it"));
        await Run(drift);
        await Run(new DataShapeVerifier<MappingSnapshotAnalyzer>.Test());
        await Run(new DataShapeVerifier<SeedSchemaAnalyzer>.Test());
    }

    private static Task Run<TAnalyzer>(DataShapeVerifier<TAnalyzer>.Test test)
        where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new()
    {
        test.TestState.Sources.Add(("/Odd/Migrations.cs", OddMigrations));
        test.TestState.Sources.Add(("/Odd/App.cs", OddApp));
        test.CompilerDiagnostics = CompilerDiagnostics.None;
        return test.RunAsync();
    }
}
