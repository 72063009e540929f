using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Runtime.Analysis;
using Kim.Workflows.Runtime.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kim.Workflows.Runtime.Tests.Analysis;

public sealed class ProcessAnalyzerTests
{
    [Fact]
    public async Task Step_durations_and_current_waits_per_version_come_from_the_journal()
    {
        using var folder = new TempDirectory();
        var workflows = Directory.CreateDirectory(Path.Combine(folder.Path, "workflows")).FullName;
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Persistence/user-task.bpmn"), Path.Combine(workflows, "user-task.bpmn"));
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
        await using var host = await RuntimeHost.StartAsync(Path.Combine(folder.Path, "data"), time, options: o => o.WorkflowsDirectory = workflows);
        var variables = new Dictionary<string, object?> { ["district"] = "ahlen" };

        // Three instances; the first task takes 1 h, the second 3 h, the third still waits.
        var tasks = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var started = await host.Runtime.StartAsync("erstberatung", $"KIM-2026-000{i}", variables, "anna");
            tasks.Add(started.Effects.OfType<UserTaskCreated>().Single().TaskId);
        }

        time.Advance(TimeSpan.FromHours(1));
        await host.Runtime.CompleteTaskAsync(tasks[0], new Dictionary<string, object?>(), "anna");
        time.Advance(TimeSpan.FromHours(2));
        await host.Runtime.CompleteTaskAsync(tasks[1], new Dictionary<string, object?>(), "anna");

        var analyzer = ActivatorUtilities.CreateInstance<ProcessAnalyzer>(host.Services);
        var version = Assert.Single(await analyzer.VersionsAsync());
        Assert.Equal(3, version.Instances);
        var analysis = await analyzer.AnalyzeAsync(version.DefinitionId);
        Assert.NotNull(analysis);
        Assert.Equal((1, 2, 0), (analysis.Running, analysis.Completed, analysis.Cancelled));
        var step = analysis.Steps.Single(s => s.ElementId == "beraten");
        Assert.Equal("Erstberatung durchführen", step.Name);
        Assert.Equal(2, step.Completed);
        Assert.Equal(TimeSpan.FromHours(2), step.Median);
        Assert.Equal(TimeSpan.FromHours(3), step.P90);
        Assert.Equal(1, step.WaitingNow);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero), step.OldestWaitingSince);
        Assert.Equal(0, analysis.Steps.Single(s => s.ElementId == "start").WaitingNow);
        Assert.Equal(TimeSpan.FromHours(2), analysis.MedianInstanceDuration);
    }

    [Fact]
    public void Percentiles_use_the_nearest_rank()
    {
        var values = Enumerable.Range(1, 10).Select(i => TimeSpan.FromMinutes(i)).ToList();
        Assert.Equal(TimeSpan.FromMinutes(9), Durations.Percentile(values, 90));
        Assert.Equal(TimeSpan.FromMinutes(5.5), Durations.Median(values));
        Assert.Null(Durations.Median([]));
    }
}
