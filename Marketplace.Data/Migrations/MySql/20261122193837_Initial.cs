using System;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Data.Migrations.MySql
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AccessAudit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("MySql:ValueGenerationStrategy", MySqlValueGenerationStrategy.IdentityColumn),
                    UserId = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: false, collation: "utf8mb4_swedish_ci"),
                    Role = table.Column<string>(type: "varchar(32)", maxLength: 32, nullable: false, collation: "utf8mb4_swedish_ci"),
                    UnitId = table.Column<int>(type: "int", nullable: true),
                    EmployerOrganisationId = table.Column<int>(type: "int", nullable: true),
                    ObjectKind = table.Column<string>(type: "varchar(32)", maxLength: 32, nullable: false, collation: "utf8mb4_swedish_ci"),
                    ObjectId = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: false, collation: "utf8mb4_swedish_ci"),
                    Purpose = table.Column<string>(type: "varchar(128)", maxLength: 128, nullable: false, collation: "utf8mb4_swedish_ci"),
                    Permitted = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    At = table.Column<DateTime>(type: "datetime(6)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessAudit", x => x.Id);
                })
                .Annotation("Relational:Collation", "utf8mb4_swedish_ci");

            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: false, collation: "utf8mb4_swedish_ci"),
                    Name = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: true, collation: "utf8mb4_swedish_ci"),
                    NormalizedName = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: true, collation: "utf8mb4_swedish_ci"),
                    ConcurrencyStamp = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: true, collation: "utf8mb4_swedish_ci")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                })
                .Annotation("Relational:Collation", "utf8mb4_swedish_ci");

            migrationBuilder.CreateTable(
                name: "DrivingLicences",
                columns: table => new
                {
                    Code = table.Column<string>(type: "varchar(16)", maxLength: 16, nullable: false, collation: "utf8mb4_swedish_ci"),
                    Label = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: false, collation: "utf8mb4_swedish_ci")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DrivingLicences", x => x.Code);
                })
                .Annotation("Relational:Collation", "utf8mb4_swedish_ci");

            migrationBuilder.CreateTable(
                name: "Employers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("MySql:ValueGenerationStrategy", MySqlValueGenerationStrategy.IdentityColumn),
                    Name = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: false, collation: "utf8mb4_swedish_ci"),
                    OrganisationNumber = table.Column<string>(type: "varchar(11)", maxLength: 11, nullable: false, collation: "utf8mb4_swedish_ci"),
                    Address = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: true, collation: "utf8mb4_swedish_ci"),
                    Postcode = table.Column<string>(type: "varchar(5)", maxLength: 5, nullable: true, collation: "utf8mb4_swedish_ci"),
                    MunicipalityCode = table.Column<string>(type: "varchar(4)", maxLength: 4, nullable: true, collation: "utf8mb4_swedish_ci"),
                    ContactEmail = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: true, collation: "utf8mb4_swedish_ci"),
                    ContactPhone = table.Column<string>(type: "varchar(32)", maxLength: 32, nullable: true, collation: "utf8mb4_swedish_ci"),
                    RelationshipCoachId = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: true, collation: "utf8mb4_swedish_ci"),
                    CreatedAt = table.Column<DateTime>(type: "datetime(6)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Employers", x => x.Id);
                })
                .Annotation("Relational:Collation", "utf8mb4_swedish_ci");

            migrationBuilder.CreateTable(
                name: "Languages",
                columns: table => new
                {
                    Id = table.Column<string>(type: "varchar(16)", maxLength: 16, nullable: false, collation: "utf8mb4_swedish_ci"),
                    Label = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: false, collation: "utf8mb4_swedish_ci")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Languages", x => x.Id);
                })
                .Annotation("Relational:Collation", "utf8mb4_swedish_ci");

            migrationBuilder.CreateTable(
                name: "MeetingEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("MySql:ValueGenerationStrategy", MySqlValueGenerationStrategy.IdentityColumn),
                    RecruitmentMeetingId = table.Column<int>(type: "int", nullable: false),
                    InvitationId = table.Column<int>(type: "int", nullable: true),
                    Kind = table.Column<string>(type: "varchar(32)", maxLength: 32, nullable: false, collation: "utf8mb4_swedish_ci"),
                    Detail = table.Column<string>(type: "varchar(4000)", maxLength: 4000, nullable: true, collation: "utf8mb4_swedish_ci"),
                    ById = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: false, collation: "utf8mb4_swedish_ci"),
                    At = table.Column<DateTime>(type: "datetime(6)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingEvents", x => x.Id);
                })
                .Annotation("Relational:Collation", "utf8mb4_swedish_ci");

            migrationBuilder.CreateTable(
                name: "Meetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("MySql:ValueGenerationStrategy", MySqlValueGenerationStrategy.IdentityColumn),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    OrganiserId = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: false, collation: "utf8mb4_swedish_ci"),
                    Title = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: false, collation: "utf8mb4_swedish_ci"),
                    StartsAt = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    Place = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: false, collation: "utf8mb4_swedish_ci"),
                    PlaceLat = table.Column<double>(type: "double", nullable: true),
                    PlaceLon = table.Column<double>(type: "double", nullable: true),
                    Capacity = table.Column<int>(type: "int", nullable: false),
                    AnswerDeadline = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    CalendarUid = table.Column<string>(type: "varchar(128)", maxLength: 128, nullable: false, collation: "utf8mb4_swedish_ci"),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meetings", x => x.Id);
                })
                .Annotation("Relational:Collation", "utf8mb4_swedish_ci");

            migrationBuilder.CreateTable(
                name: "Municipalities",
                columns: table => new
                {
                    Code = table.Column<string>(type: "varchar(4)", maxLength: 4, nullable: false, collation: "utf8mb4_swedish_ci"),
                    Label = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: false, collation: "utf8mb4_swedish_ci")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Municipalities", x => x.Code);
                })
                .Annotation("Relational:Collation", "utf8mb4_swedish_ci");

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("MySql:ValueGenerationStrategy", MySqlValueGenerationStrategy.IdentityColumn),
                    UserId = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: false, collation: "utf8mb4_swedish_ci"),
                    Kind = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: false, collation: "utf8mb4_swedish_ci"),
                    Payload = table.Column<string>(type: "varchar(4000)", maxLength: 4000, nullable: true, collation: "utf8mb4_swedish_ci"),
                    CreatedAt = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    ReadAt = table.Column<DateTime>(type: "datetime(6)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                })
                .Annotation("Relational:Collation", "utf8mb4_swedish_ci");

            migrationBuilder.CreateTable(
                name: "OccupationGroups",
                columns: table => new
                {
                    Id = table.Column<string>(type: "varchar(16)", maxLength: 16, nullable: false, collation: "utf8mb4_swedish_ci"),
                    Ssyk = table.Column<string>(type: "varchar(4)", maxLength: 4, nullable: false, collation: "utf8mb4_swedish_ci"),
                    Label = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: false, collation: "utf8mb4_swedish_ci")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OccupationGroups", x => x.Id);
                })
                .Annotation("Relational:Collation", "utf8mb4_swedish_ci");

            migrationBuilder.CreateTable(
                name: "Outbox",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("MySql:ValueGenerationStrategy", MySqlValueGenerationStrategy.IdentityColumn),
                    Kind = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: false, collation: "utf8mb4_swedish_ci"),
                    RecipientUserId = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: false, collation: "utf8mb4_swedish_ci"),
                    RecipientEmail = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: false, collation: "utf8mb4_swedish_ci"),
                    Language = table.Column<string>(type: "varchar(8)", maxLength: 8, nullable: false, collation: "utf8mb4_swedish_ci"),
                    Payload = table.Column<string>(type: "varchar(4000)", maxLength: 4000, nullable: true, collation: "utf8mb4_swedish_ci"),
                    CreatedAt = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    SentAt = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    ProviderMessageId = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: true, collation: "utf8mb4_swedish_ci")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Outbox", x => x.Id);
                })
                .Annotation("Relational:Collation", "utf8mb4_swedish_ci");

            migrationBuilder.CreateTable(
                name: "Postcodes",
                columns: table => new
                {
                    Code = table.Column<string>(type: "varchar(5)", maxLength: 5, nullable: false, collation: "utf8mb4_swedish_ci"),
                    Place = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: false, collation: "utf8mb4_swedish_ci"),
                    MunicipalityCode = table.Column<string>(type: "varchar(4)", maxLength: 4, nullable: false, collation: "utf8mb4_swedish_ci"),
                    Lat = table.Column<double>(type: "double", nullable: false),
                    Lon = table.Column<double>(type: "double", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Postcodes", x => x.Code);
                })
                .Annotation("Relational:Collation", "utf8mb4_swedish_ci");

            migrationBuilder.CreateTable(
                name: "Skills",
                columns: table => new
                {
                    Id = table.Column<string>(type: "varchar(16)", maxLength: 16, nullable: false, collation: "utf8mb4_swedish_ci"),
                    Label = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: false, collation: "utf8mb4_swedish_ci")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Skills", x => x.Id);
                })
                .Annotation("Relational:Collation", "utf8mb4_swedish_ci");

            migrationBuilder.CreateTable(
                name: "Units",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("MySql:ValueGenerationStrategy", MySqlValueGenerationStrategy.IdentityColumn),
                    Name = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: false, collation: "utf8mb4_swedish_ci"),
                    MunicipalityCode = table.Column<string>(type: "varchar(4)", maxLength: 4, nullable: false, collation: "utf8mb4_swedish_ci"),
                    CreatedAt = table.Column<DateTime>(type: "datetime(6)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Units", x => x.Id);
                })
                .Annotation("Relational:Collation", "utf8mb4_swedish_ci");

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("MySql:ValueGenerationStrategy", MySqlValueGenerationStrategy.IdentityColumn),
                    RoleId = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: false, collation: "utf8mb4_swedish_ci"),
                    ClaimType = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: true, collation: "utf8mb4_swedish_ci"),
                    ClaimValue = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: true, collation: "utf8mb4_swedish_ci")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("Relational:Collation", "utf8mb4_swedish_ci");

            migrationBuilder.CreateTable(
                name: "Placements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("MySql:ValueGenerationStrategy", MySqlValueGenerationStrategy.IdentityColumn),
                    EmployerOrganisationId = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: false, collation: "utf8mb4_swedish_ci"),
                    Description = table.Column<string>(type: "varchar(4000)", maxLength: 4000, nullable: false, collation: "utf8mb4_swedish_ci"),
                    OccupationGroupId = table.Column<string>(type: "varchar(16)", maxLength: 16, nullable: false, collation: "utf8mb4_swedish_ci"),
                    EmploymentForm = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    MinSwedishLevel = table.Column<int>(type: "int", nullable: false),
                    LanguageSupportAvailable = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    WorkplaceAddress = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: true, collation: "utf8mb4_swedish_ci"),
                    WorkplacePostcode = table.Column<string>(type: "varchar(5)", maxLength: 5, nullable: false, collation: "utf8mb4_swedish_ci"),
                    WorkplaceLat = table.Column<double>(type: "double", nullable: true),
                    WorkplaceLon = table.Column<double>(type: "double", nullable: true),
                    Worktime = table.Column<int>(type: "int", nullable: false),
                    HoursPerWeek = table.Column<int>(type: "int", nullable: true),
                    Schedule = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: true, collation: "utf8mb4_swedish_ci"),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DurationWeeks = table.Column<int>(type: "int", nullable: true),
                    Seats = table.Column<int>(type: "int", nullable: false),
                    SupervisorName = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: true, collation: "utf8mb4_swedish_ci"),
                    SupervisorPhone = table.Column<string>(type: "varchar(32)", maxLength: 32, nullable: true, collation: "utf8mb4_swedish_ci"),
                    RequiredLicence = table.Column<string>(type: "varchar(16)", maxLength: 16, nullable: true, collation: "utf8mb4_swedish_ci"),
                    CreatedAt = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    Version = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Placements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Placements_Employers_EmployerOrganisationId",
                        column: x => x.EmployerOrganisationId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                })
                .Annotation("Relational:Collation", "utf8mb4_swedish_ci");

            migrationBuilder.CreateTable(
                name: "MeetingEmployer",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("MySql:ValueGenerationStrategy", MySqlValueGenerationStrategy.IdentityColumn),
                    RecruitmentMeetingId = table.Column<int>(type: "int", nullable: false),
                    EmployerOrganisationId = table.Column<int>(type: "int", nullable: false),
                    Needs = table.Column<string>(type: "varchar(4000)", maxLength: 4000, nullable: true, collation: "utf8mb4_swedish_ci")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingEmployer", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingEmployer_Meetings_RecruitmentMeetingId",
                        column: x => x.RecruitmentMeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("Relational:Collation", "utf8mb4_swedish_ci");

            migrationBuilder.CreateTable(
                name: "MeetingInvitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("MySql:ValueGenerationStrategy", MySqlValueGenerationStrategy.IdentityColumn),
                    RecruitmentMeetingId = table.Column<int>(type: "int", nullable: false),
                    CandidateId = table.Column<int>(type: "int", nullable: false),
                    State = table.Column<int>(type: "int", nullable: false),
                    InvitedAt = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    Attended = table.Column<bool>(type: "tinyint(1)", nullable: true),
                    Outcome = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: true, collation: "utf8mb4_swedish_ci")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingInvitations_Meetings_RecruitmentMeetingId",
                        column: x => x.RecruitmentMeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("Relational:Collation", "utf8mb4_swedish_ci");

            migrationBuilder.CreateTable(
                name: "DataSharingAgreements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("MySql:ValueGenerationStrategy", MySqlValueGenerationStrategy.IdentityColumn),
                    GrantingUnitId = table.Column<int>(type: "int", nullable: false),
                    ReceivingUnitId = table.Column<int>(type: "int", nullable: false),
                    Purpose = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: false, collation: "utf8mb4_swedish_ci"),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataSharingAgreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DataSharingAgreements_Units_GrantingUnitId",
                        column: x => x.GrantingUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DataSharingAgreements_Units_ReceivingUnitId",
                        column: x => x.ReceivingUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                })
                .Annotation("Relational:Collation", "utf8mb4_swedish_ci");

            migrationBuilder.CreateTable(
                name: "PlacementLanguage",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("MySql:ValueGenerationStrategy", MySqlValueGenerationStrategy.IdentityColumn),
                    PlacementId = table.Column<int>(type: "int", nullable: false),
                    LanguageId = table.Column<string>(type: "varchar(16)", maxLength: 16, nullable: false, collation: "utf8mb4_swedish_ci")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlacementLanguage", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlacementLanguage_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("Relational:Collation", "utf8mb4_swedish_ci");

            migrationBuilder.CreateTable(
                name: "PlacementSkill",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("MySql:ValueGenerationStrategy", MySqlValueGenerationStrategy.IdentityColumn),
                    PlacementId = table.Column<int>(type: "int", nullable: false),
                    SkillId = table.Column<string>(type: "varchar(16)", maxLength: 16, nullable: false, collation: "utf8mb4_swedish_ci"),
                    Required = table.Column<bool>(type: "tinyint(1)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlacementSkill", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlacementSkill_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("Relational:Collation", "utf8mb4_swedish_ci");

            migrationBuilder.CreateTable(
                name: "ActionPlanStep",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("MySql:ValueGenerationStrategy", MySqlValueGenerationStrategy.IdentityColumn),
                    CandidateId = table.Column<int>(type: "int", nullable: false),
                    Order = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: false, collation: "utf8mb4_swedish_ci"),
                    Status = table.Column<int>(type: "int", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionPlanStep", x => x.Id);
                })
                .Annotation("Relational:Collation", "utf8mb4_swedish_ci");

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("MySql:ValueGenerationStrategy", MySqlValueGenerationStrategy.IdentityColumn),
                    UserId = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: false, collation: "utf8mb4_swedish_ci"),
                    ClaimType = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: true, collation: "utf8mb4_swedish_ci"),
                    ClaimValue = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: true, collation: "utf8mb4_swedish_ci")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                })
                .Annotation("Relational:Collation", "utf8mb4_swedish_ci");

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: false, collation: "utf8mb4_swedish_ci"),
                    ProviderKey = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: false, collation: "utf8mb4_swedish_ci"),
                    ProviderDisplayName = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: true, collation: "utf8mb4_swedish_ci"),
                    UserId = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: false, collation: "utf8mb4_swedish_ci")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                })
                .Annotation("Relational:Collation", "utf8mb4_swedish_ci");

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: false, collation: "utf8mb4_swedish_ci"),
                    RoleId = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: false, collation: "utf8mb4_swedish_ci")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("Relational:Collation", "utf8mb4_swedish_ci");

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: false, collation: "utf8mb4_swedish_ci"),
                    DisplayName = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: false, collation: "utf8mb4_swedish_ci"),
                    PreferredLanguage = table.Column<string>(type: "varchar(8)", maxLength: 8, nullable: false, collation: "utf8mb4_swedish_ci"),
                    UnitId = table.Column<int>(type: "int", nullable: true),
                    EmployerOrganisationId = table.Column<int>(type: "int", nullable: true),
                    CandidateId = table.Column<int>(type: "int", nullable: true),
                    EmailNotifications = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    UserName = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: true, collation: "utf8mb4_swedish_ci"),
                    NormalizedUserName = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: true, collation: "utf8mb4_swedish_ci"),
                    Email = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: true, collation: "utf8mb4_swedish_ci"),
                    NormalizedEmail = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: true, collation: "utf8mb4_swedish_ci"),
                    EmailConfirmed = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    PasswordHash = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: true, collation: "utf8mb4_swedish_ci"),
                    SecurityStamp = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: true, collation: "utf8mb4_swedish_ci"),
                    ConcurrencyStamp = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: true, collation: "utf8mb4_swedish_ci"),
                    PhoneNumber = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: true, collation: "utf8mb4_swedish_ci"),
                    PhoneNumberConfirmed = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "datetime(6)", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_Employers_EmployerOrganisationId",
                        column: x => x.EmployerOrganisationId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                })
                .Annotation("Relational:Collation", "utf8mb4_swedish_ci");

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: false, collation: "utf8mb4_swedish_ci"),
                    LoginProvider = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: false, collation: "utf8mb4_swedish_ci"),
                    Name = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: false, collation: "utf8mb4_swedish_ci"),
                    Value = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: true, collation: "utf8mb4_swedish_ci")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("Relational:Collation", "utf8mb4_swedish_ci");

            migrationBuilder.CreateTable(
                name: "Candidates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("MySql:ValueGenerationStrategy", MySqlValueGenerationStrategy.IdentityColumn),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    CoachId = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: true, collation: "utf8mb4_swedish_ci"),
                    FirstName = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: false, collation: "utf8mb4_swedish_ci"),
                    LastName = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: false, collation: "utf8mb4_swedish_ci"),
                    Email = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: true, collation: "utf8mb4_swedish_ci"),
                    Phone = table.Column<string>(type: "varchar(32)", maxLength: 32, nullable: true, collation: "utf8mb4_swedish_ci"),
                    HomePostcode = table.Column<string>(type: "varchar(5)", maxLength: 5, nullable: false, collation: "utf8mb4_swedish_ci"),
                    HomeLat = table.Column<double>(type: "double", nullable: true),
                    HomeLon = table.Column<double>(type: "double", nullable: true),
                    SwedishLevel = table.Column<int>(type: "int", nullable: false),
                    SfiCourse = table.Column<int>(type: "int", nullable: false),
                    SfiInProgress = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    EducationLevel = table.Column<int>(type: "int", nullable: false),
                    Transport = table.Column<int>(type: "int", nullable: false),
                    HasCarAccess = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    MaxCommuteMinutes = table.Column<int>(type: "int", nullable: false),
                    AvailableFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Worktime = table.Column<int>(type: "int", nullable: false),
                    Searchable = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    ConsentToMatching = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    ConsentGivenAt = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    Summary = table.Column<string>(type: "varchar(4000)", maxLength: 4000, nullable: true, collation: "utf8mb4_swedish_ci"),
                    RegisteredAt = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Gender = table.Column<string>(type: "varchar(16)", maxLength: 16, nullable: true, collation: "utf8mb4_swedish_ci"),
                    OriginCountry = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: true, collation: "utf8mb4_swedish_ci"),
                    Version = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Candidates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Candidates_AspNetUsers_CoachId",
                        column: x => x.CoachId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Candidates_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                })
                .Annotation("Relational:Collation", "utf8mb4_swedish_ci");

            migrationBuilder.CreateTable(
                name: "CandidateExperience",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("MySql:ValueGenerationStrategy", MySqlValueGenerationStrategy.IdentityColumn),
                    CandidateId = table.Column<int>(type: "int", nullable: false),
                    OccupationGroupId = table.Column<string>(type: "varchar(16)", maxLength: 16, nullable: false, collation: "utf8mb4_swedish_ci"),
                    Years = table.Column<decimal>(type: "decimal(4,1)", precision: 4, scale: 1, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CandidateExperience", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CandidateExperience_Candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("Relational:Collation", "utf8mb4_swedish_ci");

            migrationBuilder.CreateTable(
                name: "CandidateInterest",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("MySql:ValueGenerationStrategy", MySqlValueGenerationStrategy.IdentityColumn),
                    CandidateId = table.Column<int>(type: "int", nullable: false),
                    OccupationGroupId = table.Column<string>(type: "varchar(16)", maxLength: 16, nullable: false, collation: "utf8mb4_swedish_ci")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CandidateInterest", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CandidateInterest_Candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("Relational:Collation", "utf8mb4_swedish_ci");

            migrationBuilder.CreateTable(
                name: "CandidateLanguage",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("MySql:ValueGenerationStrategy", MySqlValueGenerationStrategy.IdentityColumn),
                    CandidateId = table.Column<int>(type: "int", nullable: false),
                    LanguageId = table.Column<string>(type: "varchar(16)", maxLength: 16, nullable: false, collation: "utf8mb4_swedish_ci"),
                    Level = table.Column<int>(type: "int", nullable: false),
                    MotherTongue = table.Column<bool>(type: "tinyint(1)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CandidateLanguage", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CandidateLanguage_Candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("Relational:Collation", "utf8mb4_swedish_ci");

            migrationBuilder.CreateTable(
                name: "CandidateLicence",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("MySql:ValueGenerationStrategy", MySqlValueGenerationStrategy.IdentityColumn),
                    CandidateId = table.Column<int>(type: "int", nullable: false),
                    LicenceClass = table.Column<string>(type: "varchar(16)", maxLength: 16, nullable: false, collation: "utf8mb4_swedish_ci")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CandidateLicence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CandidateLicence_Candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("Relational:Collation", "utf8mb4_swedish_ci");

            migrationBuilder.CreateTable(
                name: "CandidateSkill",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("MySql:ValueGenerationStrategy", MySqlValueGenerationStrategy.IdentityColumn),
                    CandidateId = table.Column<int>(type: "int", nullable: false),
                    SkillId = table.Column<string>(type: "varchar(16)", maxLength: 16, nullable: false, collation: "utf8mb4_swedish_ci")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CandidateSkill", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CandidateSkill_Candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("Relational:Collation", "utf8mb4_swedish_ci");

            migrationBuilder.CreateTable(
                name: "ShortlistEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("MySql:ValueGenerationStrategy", MySqlValueGenerationStrategy.IdentityColumn),
                    PlacementId = table.Column<int>(type: "int", nullable: false),
                    CandidateId = table.Column<int>(type: "int", nullable: false),
                    CoachStatus = table.Column<int>(type: "int", nullable: false),
                    EmployerAssessment = table.Column<int>(type: "int", nullable: false),
                    AddedById = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: true, collation: "utf8mb4_swedish_ci"),
                    AddedAt = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    Version = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShortlistEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ShortlistEntries_Candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ShortlistEntries_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("Relational:Collation", "utf8mb4_swedish_ci");

            migrationBuilder.CreateTable(
                name: "ConsentRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("MySql:ValueGenerationStrategy", MySqlValueGenerationStrategy.IdentityColumn),
                    ShortlistEntryId = table.Column<int>(type: "int", nullable: false),
                    CandidateId = table.Column<int>(type: "int", nullable: false),
                    EmployerOrganisationId = table.Column<int>(type: "int", nullable: false),
                    RequestedById = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: false, collation: "utf8mb4_swedish_ci"),
                    RequestedAt = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    Deadline = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    State = table.Column<int>(type: "int", nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    Version = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsentRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsentRequests_ShortlistEntries_ShortlistEntryId",
                        column: x => x.ShortlistEntryId,
                        principalTable: "ShortlistEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("Relational:Collation", "utf8mb4_swedish_ci");

            migrationBuilder.CreateTable(
                name: "ShortlistChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("MySql:ValueGenerationStrategy", MySqlValueGenerationStrategy.IdentityColumn),
                    ShortlistEntryId = table.Column<int>(type: "int", nullable: false),
                    Field = table.Column<string>(type: "varchar(32)", maxLength: 32, nullable: false, collation: "utf8mb4_swedish_ci"),
                    From = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: true, collation: "utf8mb4_swedish_ci"),
                    To = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: true, collation: "utf8mb4_swedish_ci"),
                    Note = table.Column<string>(type: "varchar(4000)", maxLength: 4000, nullable: true, collation: "utf8mb4_swedish_ci"),
                    ById = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: false, collation: "utf8mb4_swedish_ci"),
                    At = table.Column<DateTime>(type: "datetime(6)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShortlistChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ShortlistChanges_ShortlistEntries_ShortlistEntryId",
                        column: x => x.ShortlistEntryId,
                        principalTable: "ShortlistEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("Relational:Collation", "utf8mb4_swedish_ci");

            migrationBuilder.CreateIndex(
                name: "IX_AccessAudit_ObjectKind_ObjectId",
                table: "AccessAudit",
                columns: new[] { "ObjectKind", "ObjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_AccessAudit_UserId",
                table: "AccessAudit",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionPlanStep_CandidateId",
                table: "ActionPlanStep",
                column: "CandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_CandidateId",
                table: "AspNetUsers",
                column: "CandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_EmployerOrganisationId",
                table: "AspNetUsers",
                column: "EmployerOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_UnitId",
                table: "AspNetUsers",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CandidateExperience_CandidateId",
                table: "CandidateExperience",
                column: "CandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_CandidateInterest_CandidateId",
                table: "CandidateInterest",
                column: "CandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_CandidateLanguage_CandidateId",
                table: "CandidateLanguage",
                column: "CandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_CandidateLicence_CandidateId",
                table: "CandidateLicence",
                column: "CandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_CoachId",
                table: "Candidates",
                column: "CoachId");

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_Email",
                table: "Candidates",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_UnitId",
                table: "Candidates",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_CandidateSkill_CandidateId_SkillId",
                table: "CandidateSkill",
                columns: new[] { "CandidateId", "SkillId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConsentRequests_CandidateId_EmployerOrganisationId_State",
                table: "ConsentRequests",
                columns: new[] { "CandidateId", "EmployerOrganisationId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_ConsentRequests_ShortlistEntryId",
                table: "ConsentRequests",
                column: "ShortlistEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_DataSharingAgreements_GrantingUnitId",
                table: "DataSharingAgreements",
                column: "GrantingUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_DataSharingAgreements_ReceivingUnitId_GrantingUnitId",
                table: "DataSharingAgreements",
                columns: new[] { "ReceivingUnitId", "GrantingUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_Employers_OrganisationNumber",
                table: "Employers",
                column: "OrganisationNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingEmployer_RecruitmentMeetingId",
                table: "MeetingEmployer",
                column: "RecruitmentMeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingEvents_RecruitmentMeetingId",
                table: "MeetingEvents",
                column: "RecruitmentMeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingInvitations_RecruitmentMeetingId_CandidateId",
                table: "MeetingInvitations",
                columns: new[] { "RecruitmentMeetingId", "CandidateId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_CalendarUid",
                table: "Meetings",
                column: "CalendarUid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UserId_Id",
                table: "Notifications",
                columns: new[] { "UserId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_OccupationGroups_Ssyk",
                table: "OccupationGroups",
                column: "Ssyk",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_SentAt_NextAttemptAt",
                table: "Outbox",
                columns: new[] { "SentAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PlacementLanguage_PlacementId",
                table: "PlacementLanguage",
                column: "PlacementId");

            migrationBuilder.CreateIndex(
                name: "IX_Placements_EmployerOrganisationId_Status",
                table: "Placements",
                columns: new[] { "EmployerOrganisationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PlacementSkill_PlacementId",
                table: "PlacementSkill",
                column: "PlacementId");

            migrationBuilder.CreateIndex(
                name: "IX_ShortlistChanges_ShortlistEntryId",
                table: "ShortlistChanges",
                column: "ShortlistEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_ShortlistEntries_CandidateId",
                table: "ShortlistEntries",
                column: "CandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_ShortlistEntries_PlacementId_CandidateId",
                table: "ShortlistEntries",
                columns: new[] { "PlacementId", "CandidateId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Skills_Label",
                table: "Skills",
                column: "Label");

            migrationBuilder.AddForeignKey(
                name: "FK_ActionPlanStep_Candidates_CandidateId",
                table: "ActionPlanStep",
                column: "CandidateId",
                principalTable: "Candidates",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                table: "AspNetUserClaims",
                column: "UserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                table: "AspNetUserLogins",
                column: "UserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                table: "AspNetUserRoles",
                column: "UserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUsers_Candidates_CandidateId",
                table: "AspNetUsers",
                column: "CandidateId",
                principalTable: "Candidates",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AspNetUsers_Candidates_CandidateId",
                table: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "AccessAudit");

            migrationBuilder.DropTable(
                name: "ActionPlanStep");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "CandidateExperience");

            migrationBuilder.DropTable(
                name: "CandidateInterest");

            migrationBuilder.DropTable(
                name: "CandidateLanguage");

            migrationBuilder.DropTable(
                name: "CandidateLicence");

            migrationBuilder.DropTable(
                name: "CandidateSkill");

            migrationBuilder.DropTable(
                name: "ConsentRequests");

            migrationBuilder.DropTable(
                name: "DataSharingAgreements");

            migrationBuilder.DropTable(
                name: "DrivingLicences");

            migrationBuilder.DropTable(
                name: "Languages");

            migrationBuilder.DropTable(
                name: "MeetingEmployer");

            migrationBuilder.DropTable(
                name: "MeetingEvents");

            migrationBuilder.DropTable(
                name: "MeetingInvitations");

            migrationBuilder.DropTable(
                name: "Municipalities");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "OccupationGroups");

            migrationBuilder.DropTable(
                name: "Outbox");

            migrationBuilder.DropTable(
                name: "PlacementLanguage");

            migrationBuilder.DropTable(
                name: "PlacementSkill");

            migrationBuilder.DropTable(
                name: "Postcodes");

            migrationBuilder.DropTable(
                name: "ShortlistChanges");

            migrationBuilder.DropTable(
                name: "Skills");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "Meetings");

            migrationBuilder.DropTable(
                name: "ShortlistEntries");

            migrationBuilder.DropTable(
                name: "Placements");

            migrationBuilder.DropTable(
                name: "Candidates");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Employers");

            migrationBuilder.DropTable(
                name: "Units");
        }
    }
}
