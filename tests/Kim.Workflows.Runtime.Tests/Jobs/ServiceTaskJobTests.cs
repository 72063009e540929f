using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Runtime.Jobs;
using Kim.Workflows.Runtime.Persistence.Entities;
using Kim.Workflows.Runtime.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kim.Workflows.Runtime.Tests.Jobs;

public sealed class ServiceTaskJobTests
{
    [Fact]
    public async Task A_successful_handler_completes_the_job_with_its_variables()
    {
        var handler = new TestHandler("consentCheck") { Behavior = r => ServiceTaskResult.Completed(new Dictionary<string, object?> { ["consent"] = true, ["who"] = r.BusinessKey }) };
        await using var run = await StartAsync(handler);

        var openTask = await Eventually.WaitForAsync(() => OpenTaskAsync(run.Host), t => t is not null, "the task after the service task");

        Assert.Equal("ok", openTask!.ElementId);
        var instance = (await run.Host.Runtime.Engine.Store.LoadTreeAsync(openTask.InstanceId)).Single();
        Assert.Equal(true, instance.Variables["consent"]);
        Assert.Equal("KIM-9", instance.Variables["who"]);
        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public async Task A_bpmn_error_is_caught_by_the_error_boundary_event()
    {
        var handler = new TestHandler("consentCheck") { Behavior = _ => ServiceTaskResult.BpmnError("NO_CONSENT") };
        await using var run = await StartAsync(handler);

        var openTask = await Eventually.WaitForAsync(() => OpenTaskAsync(run.Host), t => t is not null, "the task on the error path");

        Assert.Equal("nachfragen", openTask!.ElementId);
    }

    [Fact]
    public async Task A_failing_handler_is_retried_then_becomes_an_incident_that_can_be_retried()
    {
        var handler = new TestHandler("consentCheck") { Behavior = _ => throw new InvalidOperationException("Fachverfahren nicht erreichbar") };
        await using var run = await StartAsync(handler);

        var incident = await Eventually.WaitForAsync(() => OpenIncidentAsync(run.Host), i => i is not null, "an incident after the last attempt");
        Assert.Contains("Fachverfahren nicht erreichbar", incident!.Message, StringComparison.Ordinal);
        Assert.Equal(3, handler.Calls);

        handler.Behavior = _ => ServiceTaskResult.Completed();
        await run.Host.Runtime.RetryIncidentAsync(incident.Id);
        var openTask = await Eventually.WaitForAsync(() => OpenTaskAsync(run.Host), t => t is not null, "the task after the retried service task");
        Assert.Equal("ok", openTask!.ElementId);
        Assert.Null(await OpenIncidentAsync(run.Host));
        Assert.Equal(4, handler.Calls);
    }

    private static async Task<Run> StartAsync(TestHandler handler)
    {
        var folder = new TempDirectory();
        var host = await RuntimeHost.StartAsync(folder.Path, TestClock.At(), s => s.AddSingleton<IServiceTaskHandler>(handler));
        var deployed = await host.Runtime.DeployAsync(Bpmn.Read("Jobs/service-task.bpmn"), "service-task.bpmn");
        Assert.True(deployed.Success, string.Join("; ", deployed.Problems.Select(p => p.Message)));
        var started = await host.Runtime.StartAsync("einwilligung", "KIM-9", null);
        Assert.Equal(InstanceStatus.Running, started.Instance!.Status);
        return new Run(folder, host);
    }

    private static async Task<UserTaskRecord?> OpenTaskAsync(RuntimeHost host)
    {
        await using var db = host.Db();
        return await db.UserTasks.AsNoTracking().FirstOrDefaultAsync(t => t.State == UserTaskState.Open);
    }

    private static async Task<IncidentRecord?> OpenIncidentAsync(RuntimeHost host)
    {
        await using var db = host.Db();
        return await db.Incidents.AsNoTracking().FirstOrDefaultAsync(i => i.ResolvedAt == null);
    }

    private sealed class Run(TempDirectory folder, RuntimeHost host) : IAsyncDisposable
    {
        public RuntimeHost Host => host;

        public async ValueTask DisposeAsync()
        {
            await host.DisposeAsync();
            folder.Dispose();
        }
    }
}
