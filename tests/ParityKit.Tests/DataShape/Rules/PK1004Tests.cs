using ParityKit.Tests.DataShape.Infrastructure;
using Verifier = ParityKit.Tests.DataShape.Infrastructure.DataShapeVerifier<ParityKit.Analyzers.DataShape.SeedSchemaAnalyzer>;

namespace ParityKit.Tests.DataShape.Rules;

/// <summary>PK1004: a seed baseline row that does not fit the schema.</summary>
public class PK1004Tests
{
    private static Task VerifyAsync(string source)
    {
        var test = new Verifier.Test();
        test.TestState.Sources.Add(("/Shop/Migrations.cs", ShopModel.Source));
        test.TestState.Sources.Add(("/App/Seed.cs", source));
        return test.RunAsync();
    }

    [Fact]
    public Task Fires_on_a_member_with_no_column_and_on_a_required_column_left_unset() => VerifyAsync("""
        using System.Collections.Generic;
        using ParityKit;

        namespace Shop
        {
            public class Customer
            {
                public int Id { get; set; }
                public string FullName { get; set; } = null!;
                public string Tier { get; set; }
                public string Note { get; set; }
                // The migrations never created a column for it (or one dropped it).
                public string LegacyCode { get; set; }
            }

            [SeedBaseline("default")]
            public static partial class DefaultSeed
            {
                public static IEnumerable<Customer> Customers() =>
                [
                    new() { Id = 1, FullName = "Ada", {|PK1004:LegacyCode|} = "A-1" },
                    {|PK1004:new|}() { Id = 2, Note = "no name" },
                    new Customer { Id = 3, FullName = "Grace" },
                ];
            }
        }
        """);

    [Fact]
    public Task Does_not_fire_outside_seed_baselines_or_on_navigations_value_types_and_initialized_members() => VerifyAsync("""
        using System.Collections.Generic;
        using ParityKit;

        namespace Shop
        {
            public class Order { }

            public class Customer
            {
                public int Id { get; set; }
                public string FullName { get; set; } = "(unnamed)";
                public string Tier { get; set; }
                public string Note { get; set; }
                public List<Order> Orders { get; set; } = new();
            }

            public static class NotASeed
            {
                public static Customer Stranger() => new() { Id = 9 };
            }

            [SeedBaseline("default")]
            public static partial class DefaultSeed
            {
                public static IEnumerable<Customer> Customers() => [new() { Orders = new() }];
            }
        }
        """);
}
