using ParityKit.Analyzers.DataShape;
using ParityKit.Analyzers.DataShape.Schema;
using ParityKit.Analyzers.DataShape.SchemaSummary;
using ParityKit.Tests.DataShape.Infrastructure;

namespace ParityKit.Tests.DataShape.Schema;

/// <summary>The replay of the real EF Core fixtures (tests/ParityKit.Fixtures, scaffolded by EF Core Design).</summary>
public class MigrationReplayerTests
{
    private static readonly Lazy<DatabaseSchema> Fixtures = new(() =>
        SchemaCompilation.Generate(SchemaCompilation.Create(FixtureSources.MigrationsProject)).Schema!);

    private static ContextSchema Store => Fixtures.Value.Contexts.Single(c => c.Context == "ParityKit.Fixtures.StoreDbContext");

    private static ContextSchema Audit => Fixtures.Value.Contexts.Single(c => c.Context == "ParityKit.Fixtures.AuditDbContext");

    [Fact]
    public void Each_context_gets_its_own_migrations_in_id_order()
    {
        Assert.Equal(
            ["20260101000000_Initial", "20260115000000_AddUserEmail", "20260201000000_RenameUserIdentifier", "20260215000000_RenameOrdersTable", "20260301000000_DropLegacyColumn"],
            Store.Migrations);
        Assert.Equal(["20260105000000_InitialAudit", "20260220000000_AddAuditSource"], Audit.Migrations);
        Assert.Equal("Microsoft.EntityFrameworkCore.Sqlite", Store.Provider);
    }

    [Fact]
    public void Tables_and_columns_are_what_the_chain_leaves()
    {
        Assert.Equal(["customer_orders", "users"], Store.Tables.Select(t => t.Name));
        SchemaTable users = Store.Tables.Single(t => t.Name == "users");
        Assert.Equal(["id", "external_id", "display_name", "email"], users.Columns.Select(c => c.Name));
        Assert.Equal(["INTEGER", "TEXT", "TEXT", "TEXT"], users.Columns.Select(c => c.StoreType));
        Assert.All(users.Columns, c => Assert.False(c.Nullable));
        Assert.Equal(["id", "user_id", "total_cents", "placed_at"], Store.Tables.Single(t => t.Name == "customer_orders").Columns.Select(c => c.Name));
    }

    [Fact]
    public void Renames_and_drops_are_remembered_with_their_migration_and_the_names_now()
    {
        Assert.Equal(
            [
                new SchemaChange(SchemaChangeKind.RenameColumn, null, "users", "user_identifier", "external_id", "20260201000000_RenameUserIdentifier", "users"),
                new SchemaChange(SchemaChangeKind.RenameTable, null, "orders", null, "customer_orders", "20260215000000_RenameOrdersTable", "customer_orders"),
                new SchemaChange(SchemaChangeKind.DropColumn, null, "users", "legacy_code", null, "20260301000000_DropLegacyColumn", "users"),
            ],
            Store.Changes);
    }

    [Fact]
    public void EnsureSchema_schema_arguments_and_AlterColumn_are_replayed()
    {
        SchemaTable entries = Assert.Single(Audit.Tables);
        Assert.Equal(("audit", "audit_entries"), (entries.Schema, entries.Name));
        Assert.False(entries.Columns.Single(c => c.Name == "actor").Nullable);
        Assert.True(entries.Columns.Single(c => c.Name == "source").Nullable);
    }

    [Fact]
    public void The_snapshot_model_is_read_with_entities_tables_and_columns()
    {
        SnapshotModel snapshot = Store.Snapshot!;
        SnapshotEntity user = snapshot.Entities.Single(e => e.EntityType == "ParityKit.Fixtures.User");
        Assert.Equal("users", user.Table);
        SnapshotProperty externalId = user.Properties.Single(p => p.Name == "ExternalId");
        Assert.Equal(("external_id", "string", "TEXT", true), (externalId.Column, externalId.ClrType, externalId.StoreType, externalId.Required));
        Assert.True(user.Properties.Single(p => p.Name == "Id").Generated);
        Assert.Equal("customer_orders", snapshot.Entities.Single(e => e.EntityType == "ParityKit.Fixtures.Order").Table);
        Assert.Equal("audit", Audit.Snapshot!.DefaultSchema);
        Assert.Equal("audit", Audit.Snapshot.Entities.Single().Schema);
    }

    [Fact]
    public void The_real_fixtures_replay_to_what_their_snapshots_say()
    {
        Assert.Empty(SnapshotDriftAnalyzer.Compare(Store));
        Assert.Empty(SnapshotDriftAnalyzer.Compare(Audit));
    }

    [Fact]
    public void The_summary_round_trips_and_is_deterministic()
    {
        string text = SchemaSummaryFormat.Write(Fixtures.Value);
        Assert.StartsWith(SchemaSummaryFormat.Header + "\n", text);
        Assert.Equal(Fixtures.Value, SchemaSummaryFormat.Read(text));
        Assert.Equal(text, SchemaSummaryFormat.Write(SchemaSummaryFormat.Read(text)!));
        DatabaseSchema again = SchemaCompilation.Generate(SchemaCompilation.Create(FixtureSources.MigrationsProject.Reverse())).Schema!;
        Assert.Equal(text, SchemaSummaryFormat.Write(again));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("paritykit-schema\t2\nC\tX\t\\0")]
    [InlineData("paritykit-schema\t1\nc\tno table")]
    [InlineData("paritykit-schema\t1\nC\tX\t\\q")]
    [InlineData("paritykit-schema\t1\nC\tX\t\\0\nX\tNotAKind\t\\0\tt\t\\0\t\\0\tm\t\\0")]
    public void Unreadable_summaries_give_nothing_rather_than_a_wrong_schema(string? text) => Assert.Null(SchemaSummaryFormat.Read(text));

    [Fact]
    public void Hand_written_migrations_with_positional_arguments_constants_and_drops_replay_too()
    {
        const string Source = """
            using Microsoft.EntityFrameworkCore.Infrastructure;
            using Microsoft.EntityFrameworkCore.Migrations;

            public class Ctx : Microsoft.EntityFrameworkCore.DbContext { }

            static class Names { public const string Legacy = "legacy_audit"; }

            [DbContext(typeof(Ctx))]
            [Migration("20250101000000_Create")]
            public class Create : Migration
            {
                protected override void Up(MigrationBuilder b)
                {
                    b.CreateTable(Names.Legacy, t => new { id = t.Column<int>(nullable: false), note = t.Column<string>(name: "free text", nullable: true) });
                    b.CreateTable("kept", t => new { id = t.Column<int>() });
                    b.Sql("CREATE VIEW v AS SELECT 1");
                }
            }

            [DbContext(typeof(Ctx))]
            [Migration("20250201000000_Drop")]
            public class Drop : Migration
            {
                protected override void Up(MigrationBuilder b) => b.DropTable(Names.Legacy);
            }
            """;
        ContextSchema context = Assert.Single(SchemaCompilation.Generate(SchemaCompilation.Create([("/M.cs", Source)])).Schema!.Contexts);
        Assert.Equal("kept", Assert.Single(context.Tables).Name);
        Assert.Equal(new SchemaChange(SchemaChangeKind.DropTable, null, "legacy_audit", null, null, "20250201000000_Drop", null), Assert.Single(context.Changes));
        Assert.Null(context.Snapshot);
    }
}
