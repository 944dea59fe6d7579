using System;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Data.Migrations.MySql
{
    /// <inheritdoc />
    public partial class EmailDelivery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "AttemptStartedAt",
                table: "Outbox",
                type: "datetime(6)",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "GaveUp",
                table: "Outbox",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LastEvent",
                table: "Outbox",
                type: "varchar(32)",
                maxLength: 32,
                nullable: true,
                collation: "utf8mb4_swedish_ci");

            migrationBuilder.AddColumn<DateTime>(
                name: "LastEventAt",
                table: "Outbox",
                type: "datetime(6)",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "UncertainSends",
                table: "Outbox",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "EmailEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("MySql:ValueGenerationStrategy", MySqlValueGenerationStrategy.IdentityColumn),
                    ProviderEventId = table.Column<string>(type: "varchar(128)", maxLength: 128, nullable: false, collation: "utf8mb4_swedish_ci"),
                    OutboxMessageId = table.Column<long>(type: "bigint", nullable: true),
                    Event = table.Column<string>(type: "varchar(32)", maxLength: 32, nullable: false, collation: "utf8mb4_swedish_ci"),
                    OccurredAt = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    ProviderMessageId = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: true, collation: "utf8mb4_swedish_ci"),
                    Reason = table.Column<string>(type: "varchar(1000)", maxLength: 1000, nullable: true, collation: "utf8mb4_swedish_ci")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmailEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmailEvents_Outbox_OutboxMessageId",
                        column: x => x.OutboxMessageId,
                        principalTable: "Outbox",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                })
                .Annotation("Relational:Collation", "utf8mb4_swedish_ci");

            migrationBuilder.CreateIndex(
                name: "IX_EmailEvents_OutboxMessageId_OccurredAt",
                table: "EmailEvents",
                columns: new[] { "OutboxMessageId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EmailEvents_ProviderEventId",
                table: "EmailEvents",
                column: "ProviderEventId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EmailEvents");

            migrationBuilder.DropColumn(
                name: "AttemptStartedAt",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "GaveUp",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "LastEvent",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "LastEventAt",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "UncertainSends",
                table: "Outbox");
        }
    }
}
