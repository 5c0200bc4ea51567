using Verifier = ParityKit.Tests.DataShape.Infrastructure.DataShapeVerifier<ParityKit.Analyzers.DataShape.MappingSnapshotAnalyzer>;

namespace ParityKit.Tests.DataShape.Rules;

/// <summary>PK1003: a mapping the latest model snapshot does not have (the fixture model itself maps exactly what its snapshot records).</summary>
public class PK1003Tests
{
    [Fact]
    public Task Does_not_fire_on_the_fixture_model_which_matches_its_snapshot() => Verifier.VerifyWithFixturesAsync("class App { }");

    [Fact]
    public Task Fires_on_a_fluent_column_or_table_the_snapshot_does_not_have() => Verifier.VerifyWithFixturesAsync("""
        using Microsoft.EntityFrameworkCore;
        using ParityKit.Fixtures;

        public class PendingChanges : DbContext
        {
            protected override void OnModelCreating(ModelBuilder modelBuilder)
            {
                modelBuilder.Entity<User>(user =>
                {
                    user.ToTable({|PK1003:"app_users"|});
                    user.Property(u => u.ExternalId).HasColumnName({|PK1003:"subject_id"|}).HasMaxLength(64);
                    user.Property(u => u.Email).IsRequired().HasColumnName("email");
                });
                modelBuilder.Entity<Order>().Property<string>("Note").HasColumnName({|PK1003:"note"|});
                modelBuilder.Entity<Order>().ToTable("customer_orders");
            }
        }
        """);

    [Fact]
    public Task Does_not_fire_for_entities_no_snapshot_knows_or_inside_migrations() => Verifier.VerifyWithFixturesAsync("""
        using Microsoft.EntityFrameworkCore;

        public class Widget { public int Id { get; set; } public string Name { get; set; } = ""; }

        public class Other : DbContext
        {
            protected override void OnModelCreating(ModelBuilder b) =>
                b.Entity<Widget>(w => { w.ToTable("widgets"); w.Property(x => x.Name).HasColumnName("widget_name"); });
        }
        """);
}
