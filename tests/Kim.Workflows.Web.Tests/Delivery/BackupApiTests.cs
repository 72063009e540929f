using System.Net;
using System.Net.Http.Json;
using Kim.Workflows.Runtime.Persistence;
using Kim.Workflows.Web.Tests.EndToEnd;
using Microsoft.Data.Sqlite;

namespace Kim.Workflows.Web.Tests.Delivery;

/// <summary><c>POST /api/admin/backup</c> while the app runs: both SQLite files, each a complete database with the app's rows.</summary>
public sealed class BackupApiTests
{
    [Fact]
    public async Task An_administrator_backs_up_the_running_app_into_complete_sqlite_files()
    {
        await using var app = await ApiEndToEndHost.StartAsync();
        var created = await app.IntakeAsync();
        var admin = await app.AsAsync("admin");

        var response = await admin.PostAsync("/api/admin/backup", null);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var result = (await response.Content.ReadFromJsonAsync<BackupResult>(ApiEndToEndHost.Json))!;
        Assert.Equal(["kim-identity.db", "kim-workflows.db"], result.Files.Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Empty(Directory.GetFiles(result.Folder, "*.part"));
        await using (var db = new SqliteConnection($"Data Source={result.Files.Single(f => f.EndsWith("kim-workflows.db", StringComparison.Ordinal))};Pooling=False"))
        {
            await db.OpenAsync();
            await using var command = db.CreateCommand();
            command.CommandText = "SELECT count(*) FROM instances WHERE BusinessKey = $key";
            command.Parameters.AddWithValue("$key", created.CaseNumber);
            Assert.True((long)(await command.ExecuteScalarAsync())! >= 1);
            command.CommandText = "PRAGMA journal_mode";
            Assert.Equal("delete", await command.ExecuteScalarAsync()); // one self-contained file, no -wal to copy along
        }

        var forbidden = await (await app.AsAsync(ApiEndToEndHost.CaseManager)).PostAsync("/api/admin/backup", null);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }
}
