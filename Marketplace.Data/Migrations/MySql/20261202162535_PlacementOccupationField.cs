using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Data.Migrations.MySql
{
    /// <inheritdoc />
    public partial class PlacementOccupationField : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OccupationFieldId",
                table: "Placements",
                type: "varchar(256)",
                maxLength: 256,
                nullable: true,
                collation: "utf8mb4_swedish_ci");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OccupationFieldId",
                table: "Placements");
        }
    }
}
