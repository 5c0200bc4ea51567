using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore;

namespace ParityKit.Fixtures;

// The models as they are after the last migration. The scaffolder (build/FixtureScaffolder/Sequences.cs) holds each
// step of their history; a test checks that these models have no pending changes against the committed snapshots.

public sealed class User
{
    public int Id { get; set; }
    public string ExternalId { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Email { get; set; } = "";
    public List<Order> Orders { get; set; } = [];
}

public sealed class Order
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public User? User { get; set; }
    public long TotalCents { get; set; }
    public DateTime PlacedAt { get; set; }
}

public sealed class AuditEntry
{
    public int Id { get; set; }
    public string Action { get; set; } = "";
    public string Actor { get; set; } = "";
    public string? Source { get; set; }
    public DateTime OccurredAt { get; set; }
}

public sealed class StoreDbContext(DbContextOptions<StoreDbContext> options) : DbContext(options)
{
    public DbSet<User> Users => Set<User>();

    public DbSet<Order> Orders => Set<Order>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<User>(user =>
        {
            user.ToTable("users");
            user.Property(u => u.Id).HasColumnName("id");
            user.Property(u => u.ExternalId).HasColumnName("external_id").HasMaxLength(64);
            user.Property(u => u.DisplayName).HasColumnName("display_name");
            user.Property(u => u.Email).HasColumnName("email");
        });
        modelBuilder.Entity<Order>(order =>
        {
            order.ToTable("customer_orders");
            order.Property(o => o.Id).HasColumnName("id");
            order.Property(o => o.UserId).HasColumnName("user_id");
            order.Property(o => o.TotalCents).HasColumnName("total_cents");
            order.Property(o => o.PlacedAt).HasColumnName("placed_at");
            order.HasOne(o => o.User).WithMany(u => u.Orders).HasForeignKey(o => o.UserId);
        });
    }
}

public sealed class AuditDbContext(DbContextOptions<AuditDbContext> options) : DbContext(options)
{
    public DbSet<AuditEntry> Entries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema("audit");
        modelBuilder.Entity<AuditEntry>(entry =>
        {
            entry.ToTable("audit_entries");
            entry.Property(e => e.Id).HasColumnName("id");
            entry.Property(e => e.Action).HasColumnName("action");
            entry.Property(e => e.Actor).HasColumnName("actor");
            entry.Property(e => e.OccurredAt).HasColumnName("occurred_at");
            entry.Property(e => e.Source).HasColumnName("source");
        });
    }
}
