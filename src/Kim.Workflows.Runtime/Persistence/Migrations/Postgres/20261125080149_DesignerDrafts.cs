using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kim.Workflows.Runtime.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DesignerDrafts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "designer_drafts",
                columns: table => new
                {
                    ProcessKey = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    BpmnXml = table.Column<string>(type: "text", nullable: false),
                    SavedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SavedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_designer_drafts", x => x.ProcessKey);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "designer_drafts");
        }
    }
}
