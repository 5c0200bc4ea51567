using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParityKit.Fixtures.Migrations.Store
{
    /// <inheritdoc />
    public partial class DropLegacyColumn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "legacy_code",
                table: "users");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "legacy_code",
                table: "users",
                type: "TEXT",
                nullable: true);
        }
    }
}
