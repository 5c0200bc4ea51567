using Microsoft.EntityFrameworkCore;
using ParityKit;

namespace Storefront.Data;

public sealed class User
{
    public int Id { get; set; }
    public string ExternalId { get; set; } = "";

    /// <summary>The id the app targets feature flags by (Microsoft.FeatureManagement's TargetingContext.UserId).</summary>
    [TargetingId] public string Email { get; set; } = "";
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

/// <summary>The model as of the latest migration (20260301000000_RenameUserIdentifier).</summary>
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
            user.Property(u => u.ExternalId).HasColumnName("external_id");
            user.Property(u => u.Email).HasColumnName("email");
        });
        modelBuilder.Entity<Order>(order =>
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
