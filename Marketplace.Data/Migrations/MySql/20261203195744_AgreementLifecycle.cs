using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Data.Migrations.MySql
{
    /// <inheritdoc />
    public partial class AgreementLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAt",
                table: "DataSharingAgreements",
                type: "datetime(6)",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "CreatedById",
                table: "DataSharingAgreements",
                type: "varchar(450)",
                maxLength: 450,
                nullable: true,
                collation: "utf8mb4_swedish_ci");

            migrationBuilder.AddColumn<DateTime>(
                name: "EndedAt",
                table: "DataSharingAgreements",
                type: "datetime(6)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EndedById",
                table: "DataSharingAgreements",
                type: "varchar(450)",
                maxLength: 450,
                nullable: true,
                collation: "utf8mb4_swedish_ci");

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "DataSharingAgreements",
                type: "char(36)",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                collation: "ascii_general_ci");

            migrationBuilder.CreateIndex(
                name: "IX_AccessAudit_At",
                table: "AccessAudit",
                column: "At");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AccessAudit_At",
                table: "AccessAudit");

            migrationBuilder.DropColumn(
                name: "CreatedAt",
                table: "DataSharingAgreements");

            migrationBuilder.DropColumn(
                name: "CreatedById",
                table: "DataSharingAgreements");

            migrationBuilder.DropColumn(
                name: "EndedAt",
                table: "DataSharingAgreements");

            migrationBuilder.DropColumn(
                name: "EndedById",
                table: "DataSharingAgreements");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "DataSharingAgreements");
        }
    }
}
