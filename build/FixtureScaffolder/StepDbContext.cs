using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ParityKit.FixtureScaffolder;

/// <summary>
/// A DbContext whose model is the one of a given step. The scaffolder only builds models; it never opens the database.
/// </summary>
public abstract class StepDbContext(ModelStep step) : DbContext
{
    public ModelStep Step { get; } = step;

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder
        .UseSqlite("Data Source=design-time.db")
        .ReplaceService<IModelCacheKeyFactory, StepModelCacheKeyFactory>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => Step.Configure(modelBuilder);

    /// <summary>EF Core caches one model per context type; every step of a sequence needs its own.</summary>
    private sealed class StepModelCacheKeyFactory : IModelCacheKeyFactory
    {
        public object Create(DbContext context, bool designTime) =>
            (context.GetType(), ((StepDbContext)context).Step.MigrationId, designTime);
    }
}
