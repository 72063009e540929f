using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Runtime.Persistence;
using Kim.Workflows.Runtime.Persistence.Entities;
using Kim.Workflows.Runtime.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Kim.Workflows.Runtime.Tests.Persistence;

/// <summary>
/// Databases written before user-task waits lived only in user_tasks: the upgrade removes their second row in
/// subscriptions (else the heat map would count such a task twice) and keeps every other wait.
/// </summary>
public sealed class UserTaskWaitsUpgradeTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task Upgrade_on_sqlite_removes_user_task_rows_from_subscriptions_only()
    {
        using var folder = new TempDirectory();
        await UpgradeAsync(new WorkflowRuntimeOptions { DataDirectory = folder.Path }, "20261125085157_InboxAssigneeDueIndex");
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task Upgrade_on_postgres_removes_user_task_rows_from_subscriptions_only()
    {
        var options = new WorkflowRuntimeOptions { Provider = DatabaseProvider.Postgres, ConnectionString = await server.CreateDatabaseAsync() };
        await UpgradeAsync(options, "20261125085204_InboxAssigneeDueIndex");
    }

    private static async Task UpgradeAsync(WorkflowRuntimeOptions options, string previousMigration)
    {
        var contexts = new WorkflowDbContextFactory(options);
        await using (var db = contexts.Create())
        {
            await db.GetService<IMigrator>().MigrateAsync(previousMigration);
            var at = new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
            var instance = Guid.NewGuid();
            db.Subscriptions.Add(new SubscriptionRecord { Id = Guid.NewGuid(), InstanceId = instance, Kind = SubscriptionKind.UserTask, ElementId = "pruefen", CreatedAt = at });
            db.Subscriptions.Add(new SubscriptionRecord { Id = Guid.NewGuid(), InstanceId = instance, Kind = SubscriptionKind.Message, ElementId = "antwort", EventName = "antwort", CreatedAt = at });
            db.Subscriptions.Add(new SubscriptionRecord { Id = Guid.NewGuid(), InstanceId = instance, Kind = SubscriptionKind.Timer, ElementId = "frist", CreatedAt = at });
            await db.SaveChangesAsync();
        }

        await new DatabaseMigrator(contexts).MigrateAsync();

        await using (var db = contexts.Create())
        {
            var left = await db.Subscriptions.OrderBy(s => s.ElementId).Select(s => s.ElementId).ToListAsync();
            Assert.Equal(["antwort", "frist"], left);
            Assert.Equal(["antwort", "frist"], await db.Waits.OrderBy(w => w.ElementId).Select(w => w.ElementId).ToListAsync());
        }
    }
}
