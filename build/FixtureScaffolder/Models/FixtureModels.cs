// The entity types of tests/ParityKit.Fixtures, under the same names (the snapshot records CLR type names). Each class
// holds every property the entity ever had; a step ignores the ones its model does not have yet (or any more).
namespace ParityKit.Fixtures;

public sealed class User
{
    public int Id { get; set; }
    public string ExternalId { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Email { get; set; } = "";
    public string? LegacyCode { get; set; }
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
    public string? Actor { get; set; }
    public string? Source { get; set; }
    public DateTime OccurredAt { get; set; }
}

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

public sealed class CohortDbContext(ParityKit.FixtureScaffolder.ModelStep step) : ParityKit.FixtureScaffolder.StepDbContext(step);

public sealed class StoreDbContext(ParityKit.FixtureScaffolder.ModelStep step) : ParityKit.FixtureScaffolder.StepDbContext(step);

public sealed class AuditDbContext(ParityKit.FixtureScaffolder.ModelStep step) : ParityKit.FixtureScaffolder.StepDbContext(step);
