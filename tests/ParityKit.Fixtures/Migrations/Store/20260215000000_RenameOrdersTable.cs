using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParityKit.Fixtures.Migrations.Store
{
    /// <inheritdoc />
    public partial class RenameOrdersTable : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_orders_users_user_id",
                table: "orders");

            migrationBuilder.DropPrimaryKey(
                name: "PK_orders",
                table: "orders");

            migrationBuilder.RenameTable(
                name: "orders",
                newName: "customer_orders");

            migrationBuilder.RenameIndex(
                name: "IX_orders_user_id",
                table: "customer_orders",
                newName: "IX_customer_orders_user_id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_customer_orders",
                table: "customer_orders",
                column: "id");

            migrationBuilder.AddForeignKey(
                name: "FK_customer_orders_users_user_id",
                table: "customer_orders",
                column: "user_id",
                principalTable: "users",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_customer_orders_users_user_id",
                table: "customer_orders");

            migrationBuilder.DropPrimaryKey(
                name: "PK_customer_orders",
                table: "customer_orders");

            migrationBuilder.RenameTable(
                name: "customer_orders",
                newName: "orders");

            migrationBuilder.RenameIndex(
                name: "IX_customer_orders_user_id",
                table: "orders",
                newName: "IX_orders_user_id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_orders",
                table: "orders",
                column: "id");

            migrationBuilder.AddForeignKey(
                name: "FK_orders_users_user_id",
                table: "orders",
                column: "user_id",
                principalTable: "users",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
