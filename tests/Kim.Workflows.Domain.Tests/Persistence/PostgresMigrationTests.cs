using Kim.Workflows.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using static Kim.Workflows.Domain.Tests.Persistence.OlderPostgresDatabase;

namespace Kim.Workflows.Domain.Tests.Persistence;

/// <summary>The PostgreSQL migration set on a real server: a new database, and one an earlier build created without migrations.</summary>
public sealed class PostgresMigrationTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task A_new_database_gets_the_migrations_and_matches_the_model()
    {
        var connectionString = await server.CreateDatabaseAsync();
        await using (var db = Context(connectionString))
        {
            Assert.IsType<PostgresKimDbContext>(db);
            await KimDatabase.InitializeAsync(db);
            Assert.False(db.Database.HasPendingModelChanges(), "model changed: add a PostgreSQL migration with dotnet ef");
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        }

        // A second start changes nothing.
        var shape = await ShapeAsync(connectionString);
        await using (var again = Context(connectionString))
        {
            await KimDatabase.InitializeAsync(again);
        }

        Assert.Equal(shape, await ShapeAsync(connectionString));
    }

    [Fact]
    public async Task An_older_database_is_baselined_keeps_its_rows_and_ends_like_a_migrated_one()
    {
        var older = await server.CreateDatabaseAsync();
        var caseId = await CreateAsync(older);
        Assert.DoesNotContain(await ShapeAsync(older), c => c.StartsWith("column kim_ergebnisziele.SourceKey", StringComparison.Ordinal));

        await using (var db = Context(older))
        {
            await KimDatabase.InitializeAsync(db);
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        }

        var migrated = await server.CreateDatabaseAsync();
        await using (var db = Context(migrated))
        {
            await KimDatabase.InitializeAsync(db);
        }

        Assert.Equal(await ShapeAsync(migrated), await ShapeAsync(older));

        // The old rows are still there, with version 0, and the version guard works on them.
        await using (var db = Context(older))
        {
            var file = await db.CaseFiles.SingleAsync(c => c.Id == caseId);
            Assert.Equal("KIM-2026-0007", file.CaseNumber);
            Assert.Equal(0, Assert.Single(file.HouseholdMembers).Version);
            Assert.Equal(0, Assert.Single(file.Consents).Version);
            var goal = Assert.Single(file.Ergebnisziele);
            Assert.Equal((0, null), (goal.Version, goal.SourceKey));
            Assert.Equal("Kurs bei der VHS", Assert.Single(goal.Handlungsziele).Description);
            goal.AchievementPercent = 50;
            await db.SaveChangesAsync();
            Assert.Equal(1, goal.Version);
        }
    }

    [Fact]
    public async Task Two_nodes_starting_at_once_baseline_an_older_database_once()
    {
        var older = await server.CreateDatabaseAsync();
        await CreateAsync(older);
        await using var first = Context(older);
        await using var second = Context(older);

        await Task.WhenAll(KimDatabase.InitializeAsync(first), KimDatabase.InitializeAsync(second));

        Assert.Equal(first.Database.GetMigrations(), await first.Database.GetAppliedMigrationsAsync());
        Assert.Contains(await ShapeAsync(older), c => c.StartsWith("index IX_kim_ergebnisziele_SourceKey ", StringComparison.Ordinal));
    }
}
