using ParityKit.Tests.DataShape.Infrastructure;
using Verifier = ParityKit.Tests.DataShape.Infrastructure.DataShapeVerifier<ParityKit.Analyzers.DataShape.MappingSnapshotAnalyzer>;

namespace ParityKit.Tests.DataShape.Rules;

/// <summary>PK1003 through data annotations: [Table] and [Column] on an entity the snapshot records.</summary>
public class PK1003AttributeTests
{
    [Fact]
    public Task Fires_on_Column_and_Table_attributes_the_snapshot_does_not_have()
    {
        var test = new Verifier.Test();
        test.TestState.Sources.Add(("/Shop/Migrations.cs", ShopModel.Source));
        test.TestState.Sources.Add(("/Shop/Customer.cs", """
            using System.ComponentModel.DataAnnotations.Schema;

            namespace Shop
            {
                [Table({|PK1003:"clients"|})]
                public class Customer
                {
                    [Column("id")] public int Id { get; set; }
                    [Column({|PK1003:"name"|})] public string FullName { get; set; } = "";
                    [Column("TIER")] public string Tier { get; set; } = "";
                    [Column({|PK1003:"vip_since"|})] public System.DateTime? VipSince { get; set; }
                }
            }
            """));
        return test.RunAsync();
    }
}
