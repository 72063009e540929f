using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Kim.Workflows.Runtime.Persistence;

/// <summary>A finished online backup: the folder and the files in it.</summary>
public sealed record BackupResult(string Folder, IReadOnlyList<string> Files);

/// <summary>
/// Online backup of the SQLite files while the app runs, through SQLite's backup API (a consistent snapshot of each file
/// while writers go on; a file copy could catch a half-written page or miss the WAL). Every <c>*.db</c> file of the data
/// folder (the runtime's, which also holds the case file and the <c>app_</c> tables, and the logins') goes into
/// <c>backups/&lt;UTC instant&gt;/</c>. PostgreSQL is backed up with <c>pg_dump</c> (docs/deployment.md).
/// </summary>
public sealed class DatabaseBackup(WorkflowDbContextFactory contexts, WorkflowRuntimeOptions options, TimeProvider time)
{
    public bool IsPostgres => contexts.Provider == DatabaseProvider.Postgres;

    public async Task<BackupResult> BackupAsync(string? targetFolder = null, CancellationToken cancellationToken = default)
    {
        if (contexts.Provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException("Eine PostgreSQL-Datenbank wird mit pg_dump gesichert (siehe docs/deployment.md), nicht über die Anwendung.");
        }

        var data = Path.GetFullPath(options.DataDirectory);
        var folder = targetFolder ?? Path.Combine(data, "backups", time.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));
        for (var n = 2; targetFolder is null && Directory.Exists(folder); n++)
        {
            folder = Path.Combine(data, "backups", time.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + $"-{n}");
        }

        Directory.CreateDirectory(folder);
        var files = new List<string>();
        foreach (var source in Directory.GetFiles(data, "*.db").Order(StringComparer.Ordinal))
        {
            var target = Path.Combine(folder, Path.GetFileName(source));
            await BackupFileAsync(source, target, cancellationToken).ConfigureAwait(false);
            files.Add(target);
        }

        return new BackupResult(folder, files);
    }

    /// <summary>One file: backup API into a temporary file, an integrity check, then the final name (a failed run leaves no file that looks complete).</summary>
    public static async Task BackupFileAsync(string sourceFile, string targetFile, CancellationToken cancellationToken = default)
    {
        if (File.Exists(targetFile))
        {
            throw new IOException($"Die Sicherung {targetFile} gibt es schon.");
        }

        var partial = targetFile + ".part";
        File.Delete(partial);
        await using (var source = new SqliteConnection(Connection(sourceFile)))
        await using (var target = new SqliteConnection(Connection(partial)))
        {
            await source.OpenAsync(cancellationToken).ConfigureAwait(false);
            await target.OpenAsync(cancellationToken).ConfigureAwait(false);
            source.BackupDatabase(target); // sqlite3_backup_step(-1): all pages of one snapshot in one step

            // The copy keeps the source's WAL mode; a single rollback-journal file is what an operator copies back.
            await using var mode = target.CreateCommand();
            mode.CommandText = "PRAGMA journal_mode=DELETE;";
            await mode.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await using var check = target.CreateCommand();
            check.CommandText = "PRAGMA integrity_check;";
            var verdict = (string?)await check.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            if (verdict != "ok")
            {
                throw new IOException($"Die Sicherung von {sourceFile} ist nicht in Ordnung: {verdict}");
            }
        }

        File.Move(partial, targetFile);
    }

    // Not read-only for the source: a read-only connection to a WAL database fails when its -shm file is missing.
    private static string Connection(string file) => new SqliteConnectionStringBuilder
    {
        DataSource = file,
        Pooling = false, // the file handle closes with the connection: the copy can be renamed and moved at once
        DefaultTimeout = 60,
    }.ToString();
}
