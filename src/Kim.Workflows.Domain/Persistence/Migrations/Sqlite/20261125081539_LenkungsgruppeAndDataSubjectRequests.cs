using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kim.Workflows.Domain.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LenkungsgruppeAndDataSubjectRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "kim_data_subject_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Resolution = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ResolvedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    ResolvedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kim_data_subject_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "kim_lenkungsgruppe_meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PlannedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    PlannedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kim_lenkungsgruppe_meetings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "kim_lenkungsgruppe_agenda_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    TopicId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kim_lenkungsgruppe_agenda_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_kim_lenkungsgruppe_agenda_items_kim_finding_topics_TopicId",
                        column: x => x.TopicId,
                        principalTable: "kim_finding_topics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_kim_lenkungsgruppe_agenda_items_kim_lenkungsgruppe_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "kim_lenkungsgruppe_meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_kim_data_subject_requests_CaseId",
                table: "kim_data_subject_requests",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_kim_data_subject_requests_Status_ReceivedOn",
                table: "kim_data_subject_requests",
                columns: new[] { "Status", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_kim_lenkungsgruppe_agenda_items_MeetingId_Position",
                table: "kim_lenkungsgruppe_agenda_items",
                columns: new[] { "MeetingId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_kim_lenkungsgruppe_agenda_items_TopicId",
                table: "kim_lenkungsgruppe_agenda_items",
                column: "TopicId");

            migrationBuilder.CreateIndex(
                name: "IX_kim_lenkungsgruppe_meetings_MeetingOn",
                table: "kim_lenkungsgruppe_meetings",
                column: "MeetingOn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "kim_data_subject_requests");

            migrationBuilder.DropTable(
                name: "kim_lenkungsgruppe_agenda_items");

            migrationBuilder.DropTable(
                name: "kim_lenkungsgruppe_meetings");
        }
    }
}
