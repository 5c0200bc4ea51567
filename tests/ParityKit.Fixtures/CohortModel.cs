using System.Collections.Generic;
using Microsoft.EntityFrameworkCore;

namespace ParityKit.Fixtures;

// The model the seed baseline tests apply seeds to, on real SQLite and PostgreSQL databases: its migrations
// (Migrations/Cohort, scaffolded by build/FixtureScaffolder) use only store types both accept. Kept apart from
// Model.cs, which analyzer tests compile together with the Store and Audit migrations only.

public sealed class Account
{
    public int Id { get; set; }
    public string Email { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public List<Basket> Baskets { get; set; } = [];
}

public sealed class Basket
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public Account? Account { get; set; }
    public int ItemCount { get; set; }
    public string? Note { get; set; }
}

public sealed class CohortDbContext(DbContextOptions<CohortDbContext> options) : DbContext(options)
{
    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<Basket> Baskets => Set<Basket>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Account>(account =>
        {
            account.ToTable("accounts");
            account.Property(a => a.Id).HasColumnName("id");
            account.Property(a => a.Email).HasColumnName("email");
            account.Property(a => a.DisplayName).HasColumnName("display_name");
        });
        modelBuilder.Entity<Basket>(basket =>
        {
            basket.ToTable("baskets");
            basket.Property(x => x.Id).HasColumnName("id");
            basket.Property(x => x.AccountId).HasColumnName("account_id");
            basket.Property(x => x.ItemCount).HasColumnName("item_count");
            basket.Property(x => x.Note).HasColumnName("note");
            basket.HasOne(x => x.Account).WithMany(a => a.Baskets).HasForeignKey(x => x.AccountId);
        });
    }
}
