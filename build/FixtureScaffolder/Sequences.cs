using Microsoft.EntityFrameworkCore;
using Fx = ParityKit.Fixtures;
using Sf = Storefront.Data;

namespace ParityKit.FixtureScaffolder;

/// <summary>
/// The model histories whose migrations are committed. Each step is the whole model after one change, written the
/// way an app team writes it (snake_case columns through HasColumnName, tables through ToTable); EF Core works out
/// the operations. Changing a step changes every later file: rerun the tool and review the diff.
/// </summary>
internal static class Sequences
{
    public static IReadOnlyList<ModelSequence> All { get; } =
    [
        new(typeof(Fx.StoreDbContext), step => new Fx.StoreDbContext(step),
            "tests/ParityKit.Fixtures", "Migrations/Store", "ParityKit.Fixtures", "Migrations.Store",
            [
                new("20260101000000_Initial", b => Store(b, identifierColumn: "user_identifier", hasEmail: false, ordersTable: "orders", hasLegacyCode: true)),
                new("20260115000000_AddUserEmail", b => Store(b, identifierColumn: "user_identifier", hasEmail: true, ordersTable: "orders", hasLegacyCode: true)),
                new("20260201000000_RenameUserIdentifier", b => Store(b, identifierColumn: "external_id", hasEmail: true, ordersTable: "orders", hasLegacyCode: true)),
                new("20260215000000_RenameOrdersTable", b => Store(b, identifierColumn: "external_id", hasEmail: true, ordersTable: "customer_orders", hasLegacyCode: true)),
                new("20260301000000_DropLegacyColumn", b => Store(b, identifierColumn: "external_id", hasEmail: true, ordersTable: "customer_orders", hasLegacyCode: false)),
            ]),
        new(typeof(Fx.AuditDbContext), step => new Fx.AuditDbContext(step),
            "tests/ParityKit.Fixtures", "Migrations/Audit", "ParityKit.Fixtures", "Migrations.Audit",
            [
                new("20260105000000_InitialAudit", b => Audit(b, actorRequired: false, hasSource: false)),
                new("20260220000000_AddAuditSource", b => Audit(b, actorRequired: true, hasSource: true)),
            ]),
        new(typeof(Fx.CohortDbContext), step => new Fx.CohortDbContext(step),
            "tests/ParityKit.Fixtures", "Migrations/Cohort", "ParityKit.Fixtures", "Migrations.Cohort",
            [
                new("20260401000000_InitialCohort", b => Cohort(b, hasNote: false)),
                new("20260415000000_AddBasketNote", b => Cohort(b, hasNote: true)),
            ]),
        new(typeof(Sf.StoreDbContext), step => new Sf.StoreDbContext(step),
            "samples/Storefront.Data", "Migrations", "Storefront.Data", "Migrations",
            [
                new("20260101000000_Initial", b => Storefront(b, identifierColumn: "user_identifier")),
                new("20260301000000_RenameUserIdentifier", b => Storefront(b, identifierColumn: "external_id")),
            ]),
    ];

    private static void Store(ModelBuilder b, string identifierColumn, bool hasEmail, string ordersTable, bool hasLegacyCode)
    {
        b.Entity<Fx.User>(user =>
        {
            user.ToTable("users");
            user.Property(u => u.Id).HasColumnName("id");
            user.Property(u => u.ExternalId).HasColumnName(identifierColumn).HasMaxLength(64);
            user.Property(u => u.DisplayName).HasColumnName("display_name");
            if (hasEmail)
            {
                user.Property(u => u.Email).HasColumnName("email");
            }
            else
            {
                user.Ignore(u => u.Email);
            }

            if (hasLegacyCode)
            {
                user.Property(u => u.LegacyCode).HasColumnName("legacy_code");
            }
            else
            {
                user.Ignore(u => u.LegacyCode);
            }
        });
        b.Entity<Fx.Order>(order =>
        {
            order.ToTable(ordersTable);
            order.Property(o => o.Id).HasColumnName("id");
            order.Property(o => o.UserId).HasColumnName("user_id");
            order.Property(o => o.TotalCents).HasColumnName("total_cents");
            order.Property(o => o.PlacedAt).HasColumnName("placed_at");
            order.HasOne(o => o.User).WithMany(u => u.Orders).HasForeignKey(o => o.UserId);
        });
    }

    private static void Audit(ModelBuilder b, bool actorRequired, bool hasSource)
    {
        b.HasDefaultSchema("audit");
        b.Entity<Fx.AuditEntry>(entry =>
        {
            entry.ToTable("audit_entries");
            entry.Property(e => e.Id).HasColumnName("id");
            entry.Property(e => e.Action).HasColumnName("action");
            entry.Property(e => e.Actor).HasColumnName("actor").IsRequired(actorRequired);
            entry.Property(e => e.OccurredAt).HasColumnName("occurred_at");
            if (hasSource)
            {
                entry.Property(e => e.Source).HasColumnName("source");
            }
            else
            {
                entry.Ignore(e => e.Source);
            }
        });
    }

    // Seed baselines applied to real SQLite and PostgreSQL databases: only store types both accept (INTEGER, TEXT).
    private static void Cohort(ModelBuilder b, bool hasNote)
    {
        b.Entity<Fx.Account>(account =>
        {
            account.ToTable("accounts");
            account.Property(a => a.Id).HasColumnName("id");
            account.Property(a => a.Email).HasColumnName("email");
            account.Property(a => a.DisplayName).HasColumnName("display_name");
        });
        b.Entity<Fx.Basket>(basket =>
        {
            basket.ToTable("baskets");
            basket.Property(x => x.Id).HasColumnName("id");
            basket.Property(x => x.AccountId).HasColumnName("account_id");
            basket.Property(x => x.ItemCount).HasColumnName("item_count");
            if (hasNote)
            {
                basket.Property(x => x.Note).HasColumnName("note");
            }
            else
            {
                basket.Ignore(x => x.Note);
            }

            basket.HasOne(x => x.Account).WithMany(a => a.Baskets).HasForeignKey(x => x.AccountId);
        });
    }

    private static void Storefront(ModelBuilder b, string identifierColumn)
    {
        b.Entity<Sf.User>(user =>
        {
            user.ToTable("users");
            user.Property(u => u.Id).HasColumnName("id");
            user.Property(u => u.ExternalId).HasColumnName(identifierColumn);
            user.Property(u => u.Email).HasColumnName("email");
        });
        b.Entity<Sf.Order>(order =>
        {
            order.ToTable("orders");
            order.Property(o => o.Id).HasColumnName("id");
            order.Property(o => o.UserId).HasColumnName("user_id");
            order.Property(o => o.TotalCents).HasColumnName("total_cents");
            order.Property(o => o.PlacedAt).HasColumnName("placed_at");
            order.HasOne(o => o.User).WithMany(u => u.Orders).HasForeignKey(o => o.UserId);
        });
    }
}
