using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kim.Workflows.Domain.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ConsentAndHouseholdVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "kim_household_members",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "kim_consents",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "kim_household_members");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "kim_consents");
        }
    }
}
