namespace ParityKit.Tests.DataShape.Infrastructure;

/// <summary>
/// A tiny migrations project written in the shape EF Core scaffolds (a migration, its designer attributes, a
/// snapshot), for rules that need an entity class the test controls. The real EF Core output is in FixtureSources.
/// </summary>
public static class ShopModel
{
    public const string Source = """
        using Microsoft.EntityFrameworkCore;
        using Microsoft.EntityFrameworkCore.Infrastructure;
        using Microsoft.EntityFrameworkCore.Migrations;

        namespace Shop
        {
            public class ShopContext : DbContext { }

            [DbContext(typeof(ShopContext))]
            [Migration("20260101000000_Initial")]
            public partial class Initial : Migration
            {
                protected override void Up(MigrationBuilder migrationBuilder)
                {
                    migrationBuilder.CreateTable(
                        name: "customers",
                        columns: table => new
                        {
                            id = table.Column<int>(type: "INTEGER", nullable: false),
                            full_name = table.Column<string>(type: "TEXT", nullable: false),
                            tier = table.Column<string>(type: "TEXT", nullable: false, defaultValue: "free"),
                            note = table.Column<string>(type: "TEXT", nullable: true)
                        });
                }
            }

            [DbContext(typeof(ShopContext))]
            partial class ShopContextModelSnapshot : ModelSnapshot
            {
                protected override void BuildModel(ModelBuilder modelBuilder)
                {
                    modelBuilder.Entity("Shop.Customer", b =>
                        {
                            b.Property<int>("Id").ValueGeneratedOnAdd().HasColumnType("INTEGER").HasColumnName("id");
                            b.Property<string>("FullName").IsRequired().HasColumnType("TEXT").HasColumnName("full_name");
                            b.Property<string>("Tier").IsRequired().ValueGeneratedOnAdd().HasColumnType("TEXT").HasDefaultValue("free").HasColumnName("tier");
                            b.Property<string>("Note").HasColumnType("TEXT").HasColumnName("note");
                            b.HasKey("Id");
                            b.ToTable("customers", (string)null);
                        });
                }
            }
        }
        """;
}
