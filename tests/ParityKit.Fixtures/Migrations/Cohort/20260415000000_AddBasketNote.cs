using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParityKit.Fixtures.Migrations.Cohort
{
    /// <inheritdoc />
    public partial class AddBasketNote : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "note",
                table: "baskets",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "note",
                table: "baskets");
        }
    }
}
