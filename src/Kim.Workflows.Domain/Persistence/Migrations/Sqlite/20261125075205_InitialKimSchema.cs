using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kim.Workflows.Domain.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialKimSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "kim_access_log",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kim_access_log", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "kim_case_number_counters",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    LastNumber = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kim_case_number_counters", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "kim_districts",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    CaseManagementPosts = table.Column<decimal>(type: "TEXT", precision: 4, scale: 2, nullable: false),
                    CoordinationPosts = table.Column<decimal>(type: "TEXT", precision: 4, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kim_districts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "kim_finding_topics",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DistrictId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LenkungsgruppeMeetingOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LenkungsgruppeDecision = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kim_finding_topics", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "kim_partner_organisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DistrictId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kim_partner_organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "kim_seed_markers",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    AppliedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kim_seed_markers", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "kim_municipalities",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    DistrictId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kim_municipalities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_kim_municipalities_kim_districts_DistrictId",
                        column: x => x.DistrictId,
                        principalTable: "kim_districts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "kim_findings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DistrictId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    MunicipalityId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    LinkedCaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReportedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ReportedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TopicId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kim_findings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_kim_findings_kim_finding_topics_TopicId",
                        column: x => x.TopicId,
                        principalTable: "kim_finding_topics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "kim_partner_contacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kim_partner_contacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_kim_partner_contacts_kim_partner_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "kim_partner_organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "kim_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DistrictId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    MunicipalityId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Phase = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReferralSource = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReferringPartnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LegalDomains = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false),
                    ResponsibleCaseManager = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    DeputyCaseManager = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReassessmentIntervalMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    LastAssessmentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NextReassessmentDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosingReason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    GoalAchievement = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    GoalAchievementNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AnonymizedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kim_cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_kim_cases_kim_districts_DistrictId",
                        column: x => x.DistrictId,
                        principalTable: "kim_districts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_kim_cases_kim_municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "kim_municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "kim_assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IsReassessment = table.Column<bool>(type: "INTEGER", nullable: false),
                    AssessedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kim_assessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_kim_assessments_kim_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "kim_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "kim_case_contacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kim_case_contacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_kim_case_contacts_kim_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "kim_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "kim_case_notes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kim_case_notes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_kim_case_notes_kim_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "kim_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "kim_case_phase_changes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Phase = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EnteredAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kim_case_phase_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_kim_case_phase_changes_kim_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "kim_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "kim_clients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GivenName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    FamilyName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Nationality = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Languages = table.Column<string>(type: "TEXT", nullable: false),
                    InterpreterNeeded = table.Column<bool>(type: "INTEGER", nullable: false),
                    InterpreterLanguage = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Street = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    PostalCode = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    City = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Aufenthaltsstatus = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AufenthaltsstatusValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EntryDate = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kim_clients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_kim_clients_kim_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "kim_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "kim_conferences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DistrictId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ScheduledAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    VideoLink = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Agenda = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ClientParticipates = table.Column<bool>(type: "INTEGER", nullable: false),
                    AnswerDeadline = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OrganisedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ProtocolSummary = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    ReviewOfEarlierMeasures = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ProtocolWrittenAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kim_conferences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_kim_conferences_kim_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "kim_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "kim_consents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerOrganisationIds = table.Column<string>(type: "TEXT", nullable: false),
                    DataCategories = table.Column<string>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Form = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RefusalConsequencesExplained = table.Column<bool>(type: "INTEGER", nullable: false),
                    GivenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kim_consents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_kim_consents_kim_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "kim_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "kim_consultations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Authority = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Question = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    AnswerText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AskedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    AddressedTo = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    AskedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kim_consultations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_kim_consultations_kim_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "kim_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "kim_ergebnisziele",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Lebensbereich = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AchievementPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TargetDate = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kim_ergebnisziele", x => x.Id);
                    table.ForeignKey(
                        name: "FK_kim_ergebnisziele_kim_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "kim_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "kim_household_members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GivenName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    FamilyName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Relationship = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kim_household_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_kim_household_members_kim_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "kim_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "kim_services",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ProviderPartnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProviderName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    TargetRechtskreis = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Remarks = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kim_services", x => x.Id);
                    table.ForeignKey(
                        name: "FK_kim_services_kim_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "kim_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "kim_zielvereinbarungen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgreedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AgreedGoalIds = table.Column<string>(type: "TEXT", nullable: false),
                    SignedByClient = table.Column<bool>(type: "INTEGER", nullable: false),
                    Remarks = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kim_zielvereinbarungen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_kim_zielvereinbarungen_kim_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "kim_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "kim_assessment_areas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Lebensbereich = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NeedLevel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Needs = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Resources = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kim_assessment_areas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_kim_assessment_areas_kim_assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "kim_assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "kim_conference_invitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConferenceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContactPersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    NotInvitedReason = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kim_conference_invitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_kim_conference_invitations_kim_conferences_ConferenceId",
                        column: x => x.ConferenceId,
                        principalTable: "kim_conferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "kim_conference_steps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConferenceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Responsible = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Done = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kim_conference_steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_kim_conference_steps_kim_conferences_ConferenceId",
                        column: x => x.ConferenceId,
                        principalTable: "kim_conferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "kim_consultation_answers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConsultationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CriterionKey = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Question = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Answer = table.Column<bool>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kim_consultation_answers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_kim_consultation_answers_kim_consultations_ConsultationId",
                        column: x => x.ConsultationId,
                        principalTable: "kim_consultations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "kim_handlungsziele",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ErgebniszielId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Responsible = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AchievementPercent = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kim_handlungsziele", x => x.Id);
                    table.ForeignKey(
                        name: "FK_kim_handlungsziele_kim_ergebnisziele_ErgebniszielId",
                        column: x => x.ErgebniszielId,
                        principalTable: "kim_ergebnisziele",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_kim_access_log_At",
                table: "kim_access_log",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_kim_access_log_CaseId_At",
                table: "kim_access_log",
                columns: new[] { "CaseId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_kim_access_log_UserName_At",
                table: "kim_access_log",
                columns: new[] { "UserName", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_kim_assessment_areas_AssessmentId",
                table: "kim_assessment_areas",
                column: "AssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_kim_assessments_CaseId_AssessedOn",
                table: "kim_assessments",
                columns: new[] { "CaseId", "AssessedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_kim_case_contacts_CaseId_OccurredAt",
                table: "kim_case_contacts",
                columns: new[] { "CaseId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_kim_case_notes_CaseId_CreatedAt",
                table: "kim_case_notes",
                columns: new[] { "CaseId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_kim_case_phase_changes_CaseId_EnteredAt",
                table: "kim_case_phase_changes",
                columns: new[] { "CaseId", "EnteredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_kim_cases_CaseNumber",
                table: "kim_cases",
                column: "CaseNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_kim_cases_ClosedAt",
                table: "kim_cases",
                column: "ClosedAt");

            migrationBuilder.CreateIndex(
                name: "IX_kim_cases_DistrictId_DeputyCaseManager",
                table: "kim_cases",
                columns: new[] { "DistrictId", "DeputyCaseManager" });

            migrationBuilder.CreateIndex(
                name: "IX_kim_cases_DistrictId_Phase",
                table: "kim_cases",
                columns: new[] { "DistrictId", "Phase" });

            migrationBuilder.CreateIndex(
                name: "IX_kim_cases_DistrictId_ResponsibleCaseManager_Phase",
                table: "kim_cases",
                columns: new[] { "DistrictId", "ResponsibleCaseManager", "Phase" });

            migrationBuilder.CreateIndex(
                name: "IX_kim_cases_MunicipalityId",
                table: "kim_cases",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_kim_cases_NextReassessmentDue",
                table: "kim_cases",
                column: "NextReassessmentDue");

            migrationBuilder.CreateIndex(
                name: "IX_kim_clients_CaseId",
                table: "kim_clients",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_kim_clients_FamilyName_GivenName",
                table: "kim_clients",
                columns: new[] { "FamilyName", "GivenName" });

            migrationBuilder.CreateIndex(
                name: "IX_kim_conference_invitations_ConferenceId_PartnerOrganisationId",
                table: "kim_conference_invitations",
                columns: new[] { "ConferenceId", "PartnerOrganisationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_kim_conference_steps_ConferenceId",
                table: "kim_conference_steps",
                column: "ConferenceId");

            migrationBuilder.CreateIndex(
                name: "IX_kim_conferences_CaseId",
                table: "kim_conferences",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_kim_conferences_DistrictId_ScheduledAt",
                table: "kim_conferences",
                columns: new[] { "DistrictId", "ScheduledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_kim_consents_CaseId",
                table: "kim_consents",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_kim_consultation_answers_ConsultationId_CriterionKey",
                table: "kim_consultation_answers",
                columns: new[] { "ConsultationId", "CriterionKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_kim_consultations_Authority_Status_DueOn",
                table: "kim_consultations",
                columns: new[] { "Authority", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_kim_consultations_CaseId",
                table: "kim_consultations",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_kim_ergebnisziele_CaseId",
                table: "kim_ergebnisziele",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_kim_findings_DistrictId_Status",
                table: "kim_findings",
                columns: new[] { "DistrictId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_kim_findings_LinkedCaseId",
                table: "kim_findings",
                column: "LinkedCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_kim_findings_TopicId",
                table: "kim_findings",
                column: "TopicId");

            migrationBuilder.CreateIndex(
                name: "IX_kim_handlungsziele_ErgebniszielId",
                table: "kim_handlungsziele",
                column: "ErgebniszielId");

            migrationBuilder.CreateIndex(
                name: "IX_kim_household_members_CaseId",
                table: "kim_household_members",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_kim_municipalities_DistrictId",
                table: "kim_municipalities",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_kim_partner_contacts_OrganisationId",
                table: "kim_partner_contacts",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_kim_partner_organisations_Kind",
                table: "kim_partner_organisations",
                column: "Kind");

            migrationBuilder.CreateIndex(
                name: "IX_kim_partner_organisations_Name",
                table: "kim_partner_organisations",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_kim_services_CaseId_Status",
                table: "kim_services",
                columns: new[] { "CaseId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_kim_zielvereinbarungen_CaseId",
                table: "kim_zielvereinbarungen",
                column: "CaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "kim_access_log");

            migrationBuilder.DropTable(
                name: "kim_assessment_areas");

            migrationBuilder.DropTable(
                name: "kim_case_contacts");

            migrationBuilder.DropTable(
                name: "kim_case_notes");

            migrationBuilder.DropTable(
                name: "kim_case_number_counters");

            migrationBuilder.DropTable(
                name: "kim_case_phase_changes");

            migrationBuilder.DropTable(
                name: "kim_clients");

            migrationBuilder.DropTable(
                name: "kim_conference_invitations");

            migrationBuilder.DropTable(
                name: "kim_conference_steps");

            migrationBuilder.DropTable(
                name: "kim_consents");

            migrationBuilder.DropTable(
                name: "kim_consultation_answers");

            migrationBuilder.DropTable(
                name: "kim_findings");

            migrationBuilder.DropTable(
                name: "kim_handlungsziele");

            migrationBuilder.DropTable(
                name: "kim_household_members");

            migrationBuilder.DropTable(
                name: "kim_partner_contacts");

            migrationBuilder.DropTable(
                name: "kim_seed_markers");

            migrationBuilder.DropTable(
                name: "kim_services");

            migrationBuilder.DropTable(
                name: "kim_zielvereinbarungen");

            migrationBuilder.DropTable(
                name: "kim_assessments");

            migrationBuilder.DropTable(
                name: "kim_conferences");

            migrationBuilder.DropTable(
                name: "kim_consultations");

            migrationBuilder.DropTable(
                name: "kim_finding_topics");

            migrationBuilder.DropTable(
                name: "kim_ergebnisziele");

            migrationBuilder.DropTable(
                name: "kim_partner_organisations");

            migrationBuilder.DropTable(
                name: "kim_cases");

            migrationBuilder.DropTable(
                name: "kim_municipalities");

            migrationBuilder.DropTable(
                name: "kim_districts");
        }
    }
}
