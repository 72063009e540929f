using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kim.Workflows.Runtime.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InboxAssigneeDueIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_user_tasks_State_Assignee",
                table: "user_tasks");

            migrationBuilder.CreateIndex(
                name: "IX_user_tasks_State_Assignee_DueAt",
                table: "user_tasks",
                columns: new[] { "State", "Assignee", "DueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_user_tasks_State_Assignee_DueAt",
                table: "user_tasks");

            migrationBuilder.CreateIndex(
                name: "IX_user_tasks_State_Assignee",
                table: "user_tasks",
                columns: new[] { "State", "Assignee" });
        }
    }
}
