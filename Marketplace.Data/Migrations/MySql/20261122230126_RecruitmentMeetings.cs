using System;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Data.Migrations.MySql
{
    /// <inheritdoc />
    public partial class RecruitmentMeetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AttachmentContent",
                table: "Outbox",
                type: "varchar(4000)",
                maxLength: 4000,
                nullable: true,
                collation: "utf8mb4_swedish_ci");

            migrationBuilder.AddColumn<string>(
                name: "AttachmentName",
                table: "Outbox",
                type: "varchar(64)",
                maxLength: 64,
                nullable: true,
                collation: "utf8mb4_swedish_ci");

            migrationBuilder.AddColumn<string>(
                name: "AttachmentType",
                table: "Outbox",
                type: "varchar(64)",
                maxLength: 64,
                nullable: true,
                collation: "utf8mb4_swedish_ci");

            migrationBuilder.AlterColumn<string>(
                name: "Title",
                table: "Meetings",
                type: "varchar(200)",
                maxLength: 200,
                nullable: false,
                collation: "utf8mb4_swedish_ci",
                oldClrType: typeof(string),
                oldType: "varchar(256)",
                oldMaxLength: 256)
                .OldAnnotation("Relational:Collation", "utf8mb4_swedish_ci");

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAt",
                table: "Meetings",
                type: "datetime(6)",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AlterColumn<int>(
                name: "Outcome",
                table: "MeetingInvitations",
                type: "int",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "varchar(256)",
                oldMaxLength: 256,
                oldNullable: true)
                .OldAnnotation("Relational:Collation", "utf8mb4_swedish_ci");

            migrationBuilder.AddColumn<string>(
                name: "InvitedById",
                table: "MeetingInvitations",
                type: "varchar(256)",
                maxLength: 256,
                nullable: false,
                defaultValue: "",
                collation: "utf8mb4_swedish_ci");

            migrationBuilder.AddColumn<DateTime>(
                name: "ReminderSentAt",
                table: "MeetingInvitations",
                type: "datetime(6)",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ShortlistEntryId",
                table: "MeetingInvitations",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Positions",
                table: "MeetingEmployer",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "WorkingLanguageId",
                table: "MeetingEmployer",
                type: "varchar(16)",
                maxLength: 16,
                nullable: true,
                collation: "utf8mb4_swedish_ci");

            migrationBuilder.CreateTable(
                name: "MeetingEmployerSkill",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("MySql:ValueGenerationStrategy", MySqlValueGenerationStrategy.IdentityColumn),
                    MeetingEmployerId = table.Column<int>(type: "int", nullable: false),
                    SkillId = table.Column<string>(type: "varchar(16)", maxLength: 16, nullable: false, collation: "utf8mb4_swedish_ci")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingEmployerSkill", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingEmployerSkill_MeetingEmployer_MeetingEmployerId",
                        column: x => x.MeetingEmployerId,
                        principalTable: "MeetingEmployer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("Relational:Collation", "utf8mb4_swedish_ci");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_UnitId_StartsAt",
                table: "Meetings",
                columns: new[] { "UnitId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingInvitations_CandidateId",
                table: "MeetingInvitations",
                column: "CandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingInvitations_State_ReminderSentAt",
                table: "MeetingInvitations",
                columns: new[] { "State", "ReminderSentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingEvents_InvitationId",
                table: "MeetingEvents",
                column: "InvitationId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingEmployer_EmployerOrganisationId",
                table: "MeetingEmployer",
                column: "EmployerOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingEmployer_RecruitmentMeetingId_EmployerOrganisationId",
                table: "MeetingEmployer",
                columns: new[] { "RecruitmentMeetingId", "EmployerOrganisationId" },
                unique: true);

            // Moved by hand: MariaDB refuses to drop the index its foreign key on RecruitmentMeetingId
            // uses until another index (the composite above, which starts with that column) can serve it.
            migrationBuilder.DropIndex(
                name: "IX_MeetingEmployer_RecruitmentMeetingId",
                table: "MeetingEmployer");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingEmployerSkill_MeetingEmployerId",
                table: "MeetingEmployerSkill",
                column: "MeetingEmployerId");

            migrationBuilder.AddForeignKey(
                name: "FK_MeetingEmployer_Employers_EmployerOrganisationId",
                table: "MeetingEmployer",
                column: "EmployerOrganisationId",
                principalTable: "Employers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_MeetingEvents_MeetingInvitations_InvitationId",
                table: "MeetingEvents",
                column: "InvitationId",
                principalTable: "MeetingInvitations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_MeetingEvents_Meetings_RecruitmentMeetingId",
                table: "MeetingEvents",
                column: "RecruitmentMeetingId",
                principalTable: "Meetings",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_MeetingInvitations_Candidates_CandidateId",
                table: "MeetingInvitations",
                column: "CandidateId",
                principalTable: "Candidates",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_MeetingEmployer_Employers_EmployerOrganisationId",
                table: "MeetingEmployer");

            migrationBuilder.DropForeignKey(
                name: "FK_MeetingEvents_MeetingInvitations_InvitationId",
                table: "MeetingEvents");

            migrationBuilder.DropForeignKey(
                name: "FK_MeetingEvents_Meetings_RecruitmentMeetingId",
                table: "MeetingEvents");

            migrationBuilder.DropForeignKey(
                name: "FK_MeetingInvitations_Candidates_CandidateId",
                table: "MeetingInvitations");

            migrationBuilder.DropTable(
                name: "MeetingEmployerSkill");

            migrationBuilder.DropIndex(
                name: "IX_Meetings_UnitId_StartsAt",
                table: "Meetings");

            migrationBuilder.DropIndex(
                name: "IX_MeetingInvitations_CandidateId",
                table: "MeetingInvitations");

            migrationBuilder.DropIndex(
                name: "IX_MeetingInvitations_State_ReminderSentAt",
                table: "MeetingInvitations");

            migrationBuilder.DropIndex(
                name: "IX_MeetingEvents_InvitationId",
                table: "MeetingEvents");

            migrationBuilder.DropIndex(
                name: "IX_MeetingEmployer_EmployerOrganisationId",
                table: "MeetingEmployer");

            // Before the composite goes, for the same reason as in Up.
            migrationBuilder.CreateIndex(
                name: "IX_MeetingEmployer_RecruitmentMeetingId",
                table: "MeetingEmployer",
                column: "RecruitmentMeetingId");

            migrationBuilder.DropIndex(
                name: "IX_MeetingEmployer_RecruitmentMeetingId_EmployerOrganisationId",
                table: "MeetingEmployer");

            migrationBuilder.DropColumn(
                name: "AttachmentContent",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "AttachmentName",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "AttachmentType",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "CreatedAt",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "InvitedById",
                table: "MeetingInvitations");

            migrationBuilder.DropColumn(
                name: "ReminderSentAt",
                table: "MeetingInvitations");

            migrationBuilder.DropColumn(
                name: "ShortlistEntryId",
                table: "MeetingInvitations");

            migrationBuilder.DropColumn(
                name: "Positions",
                table: "MeetingEmployer");

            migrationBuilder.DropColumn(
                name: "WorkingLanguageId",
                table: "MeetingEmployer");

            migrationBuilder.AlterColumn<string>(
                name: "Title",
                table: "Meetings",
                type: "varchar(256)",
                maxLength: 256,
                nullable: false,
                collation: "utf8mb4_swedish_ci",
                oldClrType: typeof(string),
                oldType: "varchar(200)",
                oldMaxLength: 200)
                .OldAnnotation("Relational:Collation", "utf8mb4_swedish_ci");

            migrationBuilder.AlterColumn<string>(
                name: "Outcome",
                table: "MeetingInvitations",
                type: "varchar(256)",
                maxLength: 256,
                nullable: true,
                collation: "utf8mb4_swedish_ci",
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);

        }
    }
}
