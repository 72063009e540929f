using Kim.Workflows.Domain.Assessment;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Clients;
using Kim.Workflows.Domain.Consents;
using Kim.Workflows.Domain.Districts;
using Kim.Workflows.Domain.Goals;
using Kim.Workflows.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kim.Workflows.Domain.Tests.Persistence;

/// <summary>
/// A PostgreSQL database as the first builds left it: tables created once from the model of their day (no migration
/// history), without what the later SQLite migrations added (Lenkungsgruppe and data-subject tables, versions, source keys,
/// assessment summary, Zielvereinbarung recorder). Made from today's model minus those parts, with one case file in it.
/// </summary>
internal static class OlderPostgresDatabase
{
    public static KimDbContext Context(string connectionString) =>
        KimDbContextOptions.CreateContext(new DbContextOptionsBuilder<KimDbContext>().UseKimNpgsql(connectionString).Options);

    /// <summary>Creates the old shape and returns the id of its case file.</summary>
    public static async Task<Guid> CreateAsync(string connectionString)
    {
        await using var db = Context(connectionString);
        await db.GetService<IRelationalDatabaseCreator>().CreateTablesAsync();
        db.Districts.AddRange(KreisWarendorf.CreateDistricts());
        var file = new Fallakte { CaseNumber = "KIM-2026-0007", DistrictId = "suedkreis", ResponsibleCaseManager = "cm.sued1", OpenedAt = TestClock.Now };
        file.HouseholdMembers.Add(new HouseholdMember { CaseId = file.Id, GivenName = "Kind", Relationship = HouseholdRelationship.Kind });
        file.Consents.Add(new Schweigepflichtentbindung { CaseId = file.Id, Purpose = "Fallkonferenz", PartnerOrganisationIds = [Guid.NewGuid()], DataCategories = [DataCategory.Gesundheit] });
        var goal = new Ergebnisziel { CaseId = file.Id, Lebensbereich = Lebensbereich.Sprache, Description = "Deutsch B1", CreatedOn = new DateOnly(2026, 3, 1) };
        goal.Handlungsziele.Add(new Handlungsziel { ErgebniszielId = goal.Id, Description = "Kurs bei der VHS", Responsible = "Klientin" });
        file.Ergebnisziele.Add(goal);
        db.Cases.Add(file);
        await db.SaveChangesAsync();

        // Dropping a column drops its indexes (the SourceKey ones) with it.
        await db.Database.ExecuteSqlRawAsync("""
            DROP TABLE kim_lenkungsgruppe_agenda_items, kim_lenkungsgruppe_meetings, kim_data_subject_requests;
            ALTER TABLE kim_household_members DROP COLUMN "Version";
            ALTER TABLE kim_consents DROP COLUMN "Version";
            ALTER TABLE kim_ergebnisziele DROP COLUMN "Version", DROP COLUMN "SourceKey";
            ALTER TABLE kim_handlungsziele DROP COLUMN "Version";
            ALTER TABLE kim_services DROP COLUMN "Version", DROP COLUMN "SourceKey";
            ALTER TABLE kim_assessments DROP COLUMN "SourceKey", DROP COLUMN "Summary";
            ALTER TABLE kim_zielvereinbarungen DROP COLUMN "SourceKey", DROP COLUMN "RecordedAt", DROP COLUMN "RecordedBy";
            """);
        return file.Id;
    }

    /// <summary>Every column of the kim_ tables with type, length and nullability, and every index and constraint name.</summary>
    public static async Task<List<string>> ShapeAsync(string connectionString)
    {
        await using var db = Context(connectionString);
        var shape = await db.Database.SqlQueryRaw<string>("""
            SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '') || ' ' || is_nullable AS "Value"
              FROM information_schema.columns WHERE table_schema = current_schema() AND table_name LIKE 'kim\_%'
            UNION ALL SELECT 'index ' || indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename LIKE 'kim\_%'
            UNION ALL SELECT 'constraint ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = current_schema()::regnamespace
            """).ToListAsync();
        return [.. shape.Order(StringComparer.Ordinal)];
    }
}
