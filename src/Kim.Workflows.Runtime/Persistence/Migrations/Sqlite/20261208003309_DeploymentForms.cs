using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kim.Workflows.Runtime.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DeploymentForms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "deployment_forms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeploymentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FormId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DeployedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_deployment_forms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_deployment_forms_deployments_DeploymentId",
                        column: x => x.DeploymentId,
                        principalTable: "deployments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_deployment_forms_DeploymentId_FormId",
                table: "deployment_forms",
                columns: new[] { "DeploymentId", "FormId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_deployment_forms_FormId_Version",
                table: "deployment_forms",
                columns: new[] { "FormId", "Version" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "deployment_forms");
        }
    }
}
