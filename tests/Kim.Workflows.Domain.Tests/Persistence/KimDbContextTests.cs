using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Consents;
using Kim.Workflows.Domain.Districts;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Domain.Tests.Persistence;

public sealed class KimDbContextTests
{
    [Fact]
    public async Task Migration_matches_the_model_and_uses_only_prefixed_tables()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateContext();
        Assert.False(db.Database.HasPendingModelChanges(), "model changed: add a migration with dotnet ef");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());

        var tables = await db.Database.SqlQueryRaw<string>(
            "SELECT name AS Value FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").ToListAsync();
        Assert.Contains("__kim_migrations_history", tables);
        Assert.DoesNotContain("__EFMigrationsHistory", tables);
        // EF's SQLite migration lock table is shared by design: it only serialises migrations of both contexts.
        Assert.All(tables.Where(t => t is not "__kim_migrations_history" and not "__EFMigrationsLock"), t => Assert.StartsWith("kim_", t));
    }

    [Fact]
    public async Task Shares_one_file_with_other_tables()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var connection = new SqliteConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE workflow_instances (id TEXT PRIMARY KEY); CREATE TABLE __EFMigrationsHistory (MigrationId TEXT PRIMARY KEY, ProductVersion TEXT)";
            await command.ExecuteNonQueryAsync();
        }

        // Running our migrations again over a database with foreign tables is a no-op, not an error.
        await using var db = database.CreateContext();
        await Domain.Persistence.KimDatabase.InitializeAsync(db);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Consent_lists_round_trip_and_are_checked_after_loading()
    {
        await using var database = await TestDatabase.CreateAsync();
        var partner = Guid.NewGuid();
        Guid caseId;
        await using (var db = database.CreateContext())
        {
            db.Districts.AddRange(KreisWarendorf.CreateDistricts());
            var file = new Fallakte { CaseNumber = "KIM-2026-0001", DistrictId = "beckum", ResponsibleCaseManager = "cm.beckum" };
            file.Consents.Add(new Schweigepflichtentbindung
            {
                CaseId = file.Id,
                Purpose = "Fallkonferenz",
                PartnerOrganisationIds = [partner],
                DataCategories = [DataCategory.AllgemeineFalldaten, DataCategory.Gesundheit],
                GivenOn = TestClock.BerlinToday.AddDays(-30),
                ValidUntil = TestClock.BerlinToday.AddDays(30),
                RevokedAt = TestClock.Now.AddHours(1),
            });
            db.Cases.Add(file);
            await db.SaveChangesAsync();
            caseId = file.Id;
        }

        await using var read = database.CreateContext();
        var consents = await read.Consents.Where(c => c.CaseId == caseId).ToListAsync();
        var checker = new ConsentChecker();
        Assert.True(checker.Check(consents, caseId, partner, DataCategory.Gesundheit, TestClock.Now).Allowed);
        Assert.False(checker.Check(consents, caseId, partner, DataCategory.Gesundheit, TestClock.Now.AddHours(2)).Allowed);
        Assert.Equal(TestClock.Now.AddHours(1), consents.Single().RevokedAt);
    }

    [Fact]
    public async Task Concurrent_edits_of_one_case_have_one_winner()
    {
        await using var database = await TestDatabase.CreateAsync();
        Guid id;
        await using (var db = database.CreateContext())
        {
            db.Districts.AddRange(KreisWarendorf.CreateDistricts());
            var file = new Fallakte { CaseNumber = "KIM-2026-0001", DistrictId = "ahlen", ResponsibleCaseManager = "cm.ahlen" };
            db.Cases.Add(file);
            await db.SaveChangesAsync();
            id = file.Id;
        }

        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var a = await first.Cases.SingleAsync(c => c.Id == id);
        var b = await second.Cases.SingleAsync(c => c.Id == id);
        a.DeputyCaseManager = "cm.beckum";
        b.ReassessmentIntervalMonths = 3;
        await first.SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        Assert.Equal(1, a.Version);
    }

    [Fact]
    public async Task Case_list_indexes_exist()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateContext();
        var indexes = await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'index' AND tbl_name = 'kim_cases'").ToListAsync();
        Assert.Contains("IX_kim_cases_DistrictId_ResponsibleCaseManager_Phase", indexes);
        Assert.Contains("IX_kim_cases_DistrictId_Phase", indexes);
        Assert.Contains("IX_kim_cases_DistrictId_DeputyCaseManager", indexes);
        Assert.Contains("IX_kim_cases_CaseNumber", indexes);
    }
}
