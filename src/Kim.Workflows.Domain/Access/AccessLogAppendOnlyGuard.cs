using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Domain.Access;

/// <summary>
/// The access log is evidence of who saw a case file: entries are only ever added. A save that would change or remove an
/// entry is refused before anything reaches the database. The single way entries leave is the retention deletion
/// (<see cref="Retention.AccessLogRetention"/>) after their own period.
/// </summary>
public static class AccessLogAppendOnlyGuard
{
    public static void RefuseChanges(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var changed = db.ChangeTracker.Entries<AccessLogEntry>()
            .FirstOrDefault(e => e.State is EntityState.Modified or EntityState.Deleted);
        if (changed is not null)
        {
            throw new InvalidOperationException(
                $"The access log is append-only: entry {changed.Entity.Id} may not be {(changed.State == EntityState.Deleted ? "deleted" : "changed")}.");
        }
    }
}
