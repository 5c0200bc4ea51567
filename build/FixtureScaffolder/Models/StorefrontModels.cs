// The entity types of samples/Storefront.Data, under the same names.
namespace Storefront.Data;

public sealed class User
{
    public int Id { get; set; }
    public string ExternalId { get; set; } = "";
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

public sealed class StoreDbContext(ParityKit.FixtureScaffolder.ModelStep step) : ParityKit.FixtureScaffolder.StepDbContext(step);
