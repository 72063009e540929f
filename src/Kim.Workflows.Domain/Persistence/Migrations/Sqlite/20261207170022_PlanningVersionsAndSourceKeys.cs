using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kim.Workflows.Domain.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PlanningVersionsAndSourceKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "RecordedAt",
                table: "kim_zielvereinbarungen",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecordedBy",
                table: "kim_zielvereinbarungen",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceKey",
                table: "kim_zielvereinbarungen",
                type: "TEXT",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceKey",
                table: "kim_services",
                type: "TEXT",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "kim_services",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "kim_handlungsziele",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "SourceKey",
                table: "kim_ergebnisziele",
                type: "TEXT",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "kim_ergebnisziele",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "SourceKey",
                table: "kim_assessments",
                type: "TEXT",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Summary",
                table: "kim_assessments",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_kim_zielvereinbarungen_SourceKey",
                table: "kim_zielvereinbarungen",
                column: "SourceKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_kim_services_SourceKey",
                table: "kim_services",
                column: "SourceKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_kim_ergebnisziele_SourceKey",
                table: "kim_ergebnisziele",
                column: "SourceKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_kim_assessments_SourceKey",
                table: "kim_assessments",
                column: "SourceKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_kim_zielvereinbarungen_SourceKey",
                table: "kim_zielvereinbarungen");

            migrationBuilder.DropIndex(
                name: "IX_kim_services_SourceKey",
                table: "kim_services");

            migrationBuilder.DropIndex(
                name: "IX_kim_ergebnisziele_SourceKey",
                table: "kim_ergebnisziele");

            migrationBuilder.DropIndex(
                name: "IX_kim_assessments_SourceKey",
                table: "kim_assessments");

            migrationBuilder.DropColumn(
                name: "RecordedAt",
                table: "kim_zielvereinbarungen");

            migrationBuilder.DropColumn(
                name: "RecordedBy",
                table: "kim_zielvereinbarungen");

            migrationBuilder.DropColumn(
                name: "SourceKey",
                table: "kim_zielvereinbarungen");

            migrationBuilder.DropColumn(
                name: "SourceKey",
                table: "kim_services");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "kim_services");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "kim_handlungsziele");

            migrationBuilder.DropColumn(
                name: "SourceKey",
                table: "kim_ergebnisziele");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "kim_ergebnisziele");

            migrationBuilder.DropColumn(
                name: "SourceKey",
                table: "kim_assessments");

            migrationBuilder.DropColumn(
                name: "Summary",
                table: "kim_assessments");
        }
    }
}
