using System.Diagnostics;
using Kim.Workflows.Runtime.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace Kim.Workflows.Runtime.Tests.Timers;

/// <summary>A timing test: runs alone (not beside the other classes) so the figure is the runtime's, not the machine's load.</summary>
[CollectionDefinition(nameof(RescheduleScaleTests), DisableParallelization = true)]
[Collection(nameof(RescheduleScaleTests))]
public sealed class RescheduleScaleTests(ITestOutputHelper output)
{
    [TimingFact]
    public async Task Start_up_reschedules_100000_pending_timers_within_ten_seconds()
    {
        const int count = 100_000;
        using var folder = new TempDirectory();
        var time = TestClock.At();
        await using (var h = await StoreHarness.CreateAsync(o => o.DataDirectory = folder.Path))
        {
            // The worst case for the horizon: every timer is due within it.
            await InsertPendingTimersAsync(h.Contexts.ConnectionString, count, time.GetUtcNow().AddHours(1));
        }

        var watch = Stopwatch.StartNew();
        await using var host = await RuntimeHost.StartAsync(folder.Path, time);
        watch.Stop();

        output.WriteLine($"start-up with {count:N0} pending timers: {watch.Elapsed.TotalSeconds:0.00} s");
        Assert.Equal(count, host.Hangfire.GetMonitoringApi().ScheduledCount());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed.TotalSeconds:0.0} s");
    }

    private static async Task InsertPendingTimersAsync(string connectionString, int count, DateTimeOffset due)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = connection.BeginTransaction();
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO timers (Id, InstanceId, ElementId, DueAt, Status, FiredCount, CreatedAt) VALUES ($id, $instance, 'warten', $due, 'Pending', 0, $due)";
        var id = command.Parameters.Add("$id", SqliteType.Text);
        var instance = command.Parameters.Add("$instance", SqliteType.Text);
        command.Parameters.AddWithValue("$due", due.UtcTicks);
        for (var i = 0; i < count; i++)
        {
            id.Value = Guid.CreateVersion7().ToString().ToUpperInvariant();
            instance.Value = Guid.NewGuid().ToString().ToUpperInvariant();
            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }
}
