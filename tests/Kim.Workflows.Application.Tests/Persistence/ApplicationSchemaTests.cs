using Kim.Workflows.Application.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Application.Tests.Persistence;

/// <summary>The <c>app_</c> tables on a real PostgreSQL: created by numbered steps, idempotent, and usable through EF.</summary>
public sealed class ApplicationSchemaTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    private static ApplicationDbContext Context(string connectionString) =>
        new(new DbContextOptionsBuilder<ApplicationDbContext>().UseNpgsql(connectionString).Options);

    private static Task<List<int>> StepsAsync(ApplicationDbContext db) =>
        db.Database.SqlQueryRaw<int>("""SELECT "Step" AS "Value" FROM app_schema_steps ORDER BY "Step" """).ToListAsync();

    [Fact]
    public async Task Steps_run_once_and_the_tables_keep_instants_and_ids()
    {
        await using var db = Context(await server.CreateDatabaseAsync());
        await ApplicationSchema.EnsureAsync(db, TestClock.At());
        await ApplicationSchema.EnsureAsync(db, TestClock.At());
        Assert.Equal([1, 2], await StepsAsync(db));

        // Berlin's offset on the way in, the same instant (UTC) on the way out; comparisons run in SQL on the ticks.
        var created = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1));
        var job = Guid.NewGuid();
        db.Mails.Add(new MailRecord
        {
            Id = $"{job:N}:0", JobId = job, InstanceId = Guid.NewGuid(), CaseNumber = "KIM-2026-0001", Template = "t", Recipients = "a@example.org",
            Subject = "Einladung", MessageId = "m@kim", PayloadJson = "{}", Status = MailStatus.Pending, CreatedAt = created, FirstAttemptAt = created,
            NextAttemptAt = created.AddMinutes(1), // step 2
        });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var mail = await db.Mails.SingleAsync(m => m.JobId == job && m.CreatedAt >= created.AddMinutes(-1) && m.SentAt == null);
        Assert.Equal(created, mail.CreatedAt);
        Assert.Equal(TimeSpan.Zero, mail.CreatedAt.Offset);
        Assert.Equal(MailStatus.Pending, mail.Status);
        Assert.Equal(created.AddMinutes(1), mail.NextAttemptAt);
    }

    [Fact]
    public async Task A_database_from_before_the_steps_keeps_its_rows_and_records_step_one()
    {
        await using var db = Context(await server.CreateDatabaseAsync());
        await db.Database.ExecuteSqlRawAsync("""
            CREATE TABLE app_routed_messages ("Key" text NOT NULL PRIMARY KEY, "RoutedAt" bigint NOT NULL, "Outcome" text NOT NULL);
            INSERT INTO app_routed_messages VALUES ('outbox-1', 0, 'routed');
            """);

        await ApplicationSchema.EnsureAsync(db, TestClock.At());

        Assert.Equal([1, 2], await StepsAsync(db));
        Assert.Equal("routed", (await db.RoutedMessages.SingleAsync(r => r.Key == "outbox-1")).Outcome);
        Assert.Equal(0, await db.Mails.CountAsync());
    }

    [Fact]
    public async Task Two_nodes_starting_at_once_apply_each_step_once()
    {
        var connectionString = await server.CreateDatabaseAsync();
        await using var first = Context(connectionString);
        await using var second = Context(connectionString);

        await Task.WhenAll(ApplicationSchema.EnsureAsync(first, TestClock.At()), ApplicationSchema.EnsureAsync(second, TestClock.At()));

        Assert.Equal([1, 2], await StepsAsync(first));
        var tables = await first.Database.SqlQueryRaw<string>(
            "SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1").ToListAsync();
        Assert.Equal(["app_calendar_sequences", "app_mails", "app_routed_messages", "app_schema_steps", "app_used_answer_tokens"], tables);
    }
}
