using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Domain.Time;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Domain.Retention;

/// <summary>
/// The one path by which access-log entries are deleted: after <see cref="RetentionOptions.AccessLogYearsAfterEntry"/>
/// calendar years following the year of the entry (kept until 31 December of that year, as case files are). It deletes
/// in the database directly, past the change tracker, whose <see cref="Access.AccessLogAppendOnlyGuard"/> refuses every
/// other delete or change.
/// </summary>
public sealed class AccessLogRetention(KimDbContext db, RetentionPolicy policy, TimeProvider time)
{
    /// <summary>Entries written before this instant are past their period.</summary>
    public DateTimeOffset DeleteBefore(DateTimeOffset now) =>
        KimCalendar.StartOf(new DateOnly(KimCalendar.DateOf(now).Year - policy.AccessLogYearsAfterEntry, 1, 1));

    /// <summary>Deletes the entries past their period; returns how many.</summary>
    public Task<int> DeleteExpiredAsync(CancellationToken cancellationToken = default)
    {
        var before = DeleteBefore(time.GetUtcNow());
        return db.AccessLog.Where(e => e.At < before).ExecuteDeleteAsync(cancellationToken);
    }
}
