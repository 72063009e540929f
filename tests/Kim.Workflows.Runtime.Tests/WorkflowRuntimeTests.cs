using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Runtime.Persistence.Entities;
using Kim.Workflows.Runtime.Serialization;
using Kim.Workflows.Runtime.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Kim.Workflows.Runtime.Tests;

public sealed class WorkflowRuntimeTests
{
    [Fact]
    public async Task Host_deploys_the_workflows_folder_and_runs_a_user_task_round_trip()
    {
        using var folder = new TempDirectory();
        var workflows = Directory.CreateDirectory(Path.Combine(folder.Path, "workflows")).FullName;
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Persistence/user-task.bpmn"), Path.Combine(workflows, "user-task.bpmn"));
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
        await using var host = await RuntimeHost.StartAsync(Path.Combine(folder.Path, "data"), time, options: o => o.WorkflowsDirectory = workflows);

        var started = await host.Runtime.StartAsync("erstberatung", "KIM-2026-0042", new Dictionary<string, object?> { ["district"] = "ahlen" }, "anna");
        var taskId = started.Effects.OfType<UserTaskCreated>().Single().TaskId;
        await host.Runtime.CompleteTaskAsync(taskId, new Dictionary<string, object?> { ["ergebnis"] = "Assessment", ["am"] = time.GetUtcNow() }, "anna");

        await using var db = host.Db();
        Assert.Equal(InstanceStatus.Completed, (await db.Instances.SingleAsync()).Status);
        var task = await db.UserTasks.SingleAsync();
        Assert.Equal(UserTaskState.Completed, task.State);
        var variables = VariableJson.MapFromJson(task.CompletionVariablesJson!);
        Assert.Equal("Assessment", variables["ergebnis"]);
        Assert.IsType<DateTimeOffset>(variables["am"]);
        Assert.All(await db.Outbox.ToListAsync(), o => Assert.NotNull(o.DoneAt));
    }
}
