using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kim.Workflows.Runtime.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// A waiting user task is found through its row in user_tasks (same id, element and state), so subscriptions no longer
    /// holds a second row for it; the rows written before are removed (and rebuilt from the open tasks on the way down).
    /// </summary>
    public partial class UserTaskWaitsOnlyInUserTasks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM subscriptions WHERE \"Kind\" = 'UserTask';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                "INSERT INTO subscriptions (\"Id\", \"InstanceId\", \"Kind\", \"ElementId\", \"EventName\", \"BusinessKey\", \"CreatedAt\") "
                + "SELECT \"Id\", \"InstanceId\", 'UserTask', \"ElementId\", NULL, \"BusinessKey\", \"CreatedAt\" FROM user_tasks WHERE \"State\" = 'Open';");
        }
    }
}
