using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Application.Persistence;

/// <summary>
/// The iCalendar SEQUENCE of one calendar entry (a Fallkonferenz, a Lenkungsgruppe meeting): 0 for its first
/// job, +1 for each later job, and the same number again when one job runs twice (a retried handler must
/// send the same calendar message).
/// </summary>
public sealed class CalendarSequenceCounter(IDbContextFactory<ApplicationDbContext> contexts)
{
    public async Task<int> NextAsync(string calendarKey, Guid jobId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var job = jobId.ToString("N");
        var row = await db.CalendarSequences.FirstOrDefaultAsync(c => c.ConferenceKey == calendarKey, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            db.CalendarSequences.Add(new CalendarSequence { ConferenceKey = calendarKey, Sequence = 0, LastJobId = job });
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        }

        if (row.LastJobId != job)
        {
            row.Sequence++;
            row.LastJobId = job;
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return row.Sequence;
    }
}
