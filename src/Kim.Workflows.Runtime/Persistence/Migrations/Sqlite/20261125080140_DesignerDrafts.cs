using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kim.Workflows.Runtime.Persistence.Migrations.Sqlite
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
                    ProcessKey = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    BpmnXml = table.Column<string>(type: "TEXT", nullable: false),
                    SavedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SavedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
