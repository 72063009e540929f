using Kim.Workflows.Domain.Persistence.Baseline;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Kim.Workflows.Domain.Persistence;

/// <summary>Brings the KIM tables up to date at start-up: the provider's migrations, on SQLite and PostgreSQL alike.</summary>
public static class KimDatabase
{
    public static async Task InitializeAsync(KimDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsSqlite())
        {
            // WAL lets the case list read while an intake writes; the setting is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        else if (db.Database.IsNpgsql())
        {
            // Tables made from the model by an earlier build get a migration history first (see KimPostgresBaseline).
            var logger = db.GetService<ILoggerFactory>().CreateLogger(typeof(KimDatabase).FullName!);
            await KimPostgresBaseline.RunIfNeededAsync(db, logger, cancellationToken);
        }

        await db.Database.MigrateAsync(cancellationToken);
    }
}
