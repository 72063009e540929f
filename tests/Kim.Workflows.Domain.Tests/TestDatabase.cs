using Kim.Workflows.Domain.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Domain.Tests;

/// <summary>A real SQLite file in its own temp folder, migrated with the committed migrations.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _folder;

    private TestDatabase(string folder)
    {
        _folder = folder;
        FilePath = Path.Combine(folder, "kim.db");
    }

    public string FilePath { get; }

    public string ConnectionString => $"Data Source={FilePath};Default Timeout=60";

    public static async Task<TestDatabase> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kim-domain-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = new TestDatabase(folder);
        await using var db = database.CreateContext();
        await KimDatabase.InitializeAsync(db);
        return database;
    }

    public KimDbContext CreateContext() =>
        KimDbContextOptions.CreateContext(new DbContextOptionsBuilder<KimDbContext>().UseKimSqlite(ConnectionString).Options);

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open must not fail the test; the temp folder is cleaned by the OS.
        }

        return ValueTask.CompletedTask;
    }
}
