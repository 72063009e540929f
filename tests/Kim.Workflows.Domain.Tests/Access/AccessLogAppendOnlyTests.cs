using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Retention;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Kim.Workflows.Domain.Tests.Access;

/// <summary>
/// The access log only grows: a save that changes or deletes an entry is refused, and the retention deletion after the
/// log's own period is the one way entries leave.
/// </summary>
public sealed class AccessLogAppendOnlyTests
{
    private static readonly KimUser CaseManager = new("cm.sued1", "Fallmanagerin Süd", KimRole.CaseManager, ["suedkreis"]);

    private static async Task<long> StoreEntryAsync(TestDatabase database, DateTimeOffset at, AccessAction action = AccessAction.Read)
    {
        await using var db = database.CreateContext();
        var entry = new AccessLog(db, new FakeTimeProvider(at)).Record(CaseManager, action, Guid.NewGuid(), "KIM-2026-0001", "Fallakte");
        await db.SaveChangesAsync();
        return entry.Id;
    }

    [Fact]
    public async Task A_save_that_deletes_an_entry_is_refused_and_the_entry_stays()
    {
        await using var database = await TestDatabase.CreateAsync();
        var id = await StoreEntryAsync(database, new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

        await using (var db = database.CreateContext())
        {
            db.AccessLog.Remove(await db.AccessLog.SingleAsync(e => e.Id == id));
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
            Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
        }

        await using var check = database.CreateContext();
        Assert.True(await check.AccessLog.AnyAsync(e => e.Id == id));
    }

    [Fact]
    public async Task A_save_that_changes_an_entry_is_refused_and_the_entry_keeps_its_values()
    {
        await using var database = await TestDatabase.CreateAsync();
        var id = await StoreEntryAsync(database, new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero), AccessAction.Denied);

        await using (var db = database.CreateContext())
        {
            var entry = await db.AccessLog.SingleAsync(e => e.Id == id);
            db.Entry(entry).Property(e => e.Action).CurrentValue = AccessAction.Read;
            db.Entry(entry).Property(e => e.UserName).CurrentValue = "jemand.anders";
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        await using var check = database.CreateContext();
        var stored = await check.AccessLog.AsNoTracking().SingleAsync(e => e.Id == id);
        Assert.Equal(AccessAction.Denied, stored.Action);
        Assert.Equal("cm.sued1", stored.UserName);
    }

    [Fact]
    public async Task Retention_deletes_only_entries_past_their_own_period()
    {
        await using var database = await TestDatabase.CreateAsync();
        // Default: kept until 31.12. of the 2nd year after the entry's year (Europe/Berlin).
        var expired = await StoreEntryAsync(database, new DateTimeOffset(2023, 12, 31, 22, 59, 0, TimeSpan.Zero)); // 31.12.2023 23:59 Berlin
        var kept = await StoreEntryAsync(database, new DateTimeOffset(2023, 12, 31, 23, 0, 0, TimeSpan.Zero)); // 01.01.2024 00:00 Berlin
        var now = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

        await using (var db = database.CreateContext())
        {
            var retention = new AccessLogRetention(db, new RetentionPolicy(), now);
            Assert.Equal(1, await retention.DeleteExpiredAsync());
            Assert.Equal(0, await retention.DeleteExpiredAsync());
        }

        await using var check = database.CreateContext();
        Assert.Equal([kept], await check.AccessLog.Select(e => e.Id).ToListAsync());
        Assert.DoesNotContain(expired, await check.AccessLog.Select(e => e.Id).ToListAsync());
    }

    [Fact]
    public async Task The_access_log_period_is_its_own_setting()
    {
        await using var database = await TestDatabase.CreateAsync();
        await StoreEntryAsync(database, new DateTimeOffset(2025, 6, 1, 8, 0, 0, TimeSpan.Zero));
        var now = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

        await using var db = database.CreateContext();
        Assert.Equal(0, await new AccessLogRetention(db, new RetentionPolicy(new RetentionOptions { YearsAfterClosing = 0 }), now).DeleteExpiredAsync());
        Assert.Equal(1, await new AccessLogRetention(db, new RetentionPolicy(new RetentionOptions { AccessLogYearsAfterEntry = 0 }), now).DeleteExpiredAsync());
    }

    [Fact]
    public void Every_action_and_role_has_a_German_label()
    {
        foreach (var action in Enum.GetValues<AccessAction>())
        {
            Assert.NotEqual(action.ToString(), AccessActionLabels.Of(action));
        }

        foreach (var role in Enum.GetValues<KimRole>())
        {
            Assert.NotEqual(role.ToString(), AccessActionLabels.Of(role));
        }

        Assert.Equal("Zugriff verweigert", AccessActionLabels.Of(AccessAction.Denied));
    }
}
