using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RecruitmentMeetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MeetingEmployer_RecruitmentMeetingId",
                table: "MeetingEmployer");

            migrationBuilder.AddColumn<string>(
                name: "AttachmentContent",
                table: "Outbox",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AttachmentName",
                table: "Outbox",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AttachmentType",
                table: "Outbox",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAt",
                table: "Meetings",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AlterColumn<int>(
                name: "Outcome",
                table: "MeetingInvitations",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 256,
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InvitedById",
                table: "MeetingInvitations",
                type: "TEXT",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "ReminderSentAt",
                table: "MeetingInvitations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ShortlistEntryId",
                table: "MeetingInvitations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Positions",
                table: "MeetingEmployer",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "WorkingLanguageId",
                table: "MeetingEmployer",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MeetingEmployerSkill",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingEmployerId = table.Column<int>(type: "INTEGER", nullable: false),
                    SkillId = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
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
                });

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
                name: "Outcome",
                table: "MeetingInvitations",
                type: "TEXT",
                maxLength: 256,
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingEmployer_RecruitmentMeetingId",
                table: "MeetingEmployer",
                column: "RecruitmentMeetingId");
        }
    }
}
