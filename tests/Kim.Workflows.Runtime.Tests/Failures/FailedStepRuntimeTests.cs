using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Engine.Variables;
using Kim.Workflows.Runtime.Persistence.Entities;
using Kim.Workflows.Runtime.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Kim.Workflows.Runtime.Tests.Failures;

/// <summary>A script that fails after a completion, through the durable runtime: the completion commits, the incident is stored, a retry resumes.</summary>
public sealed class FailedStepRuntimeTests
{
    private const string Xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="https://kim.example/test">
          <process id="rechnen" isExecutable="true">
            <startEvent id="start"/>
            <sequenceFlow id="f0" sourceRef="start" targetRef="vorbereiten"/>
            <userTask id="vorbereiten" name="Vorbereiten"/>
            <sequenceFlow id="f1" sourceRef="vorbereiten" targetRef="summe"/>
            <scriptTask id="summe" name="Summe berechnen" scriptFormat="javascript"><script>execution.setVariable('summe', execution.getVariable('faktor').valueOf() * 2);</script></scriptTask>
            <sequenceFlow id="f2" sourceRef="summe" targetRef="pruefen"/>
            <userTask id="pruefen"/>
          </process>
        </definitions>
        """;

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_failing_script_is_a_stored_incident_the_completion_commits_and_a_retry_resumes()
    {
        using var folder = new TempDirectory();
        await using var host = await RuntimeHost.StartAsync(Path.Combine(folder.Path, "data"), _time);
        Assert.True((await host.Runtime.DeployAsync(Xml, "rechnen.bpmn")).Success);
        var started = await host.Runtime.StartAsync("rechnen", "KIM-2026-0700", null, "anna");
        var task = started.Effects.OfType<UserTaskCreated>().Single().TaskId;

        await host.Runtime.CompleteTaskAsync(task, null, "anna");

        await using (var db = host.Db())
        {
            Assert.Equal(UserTaskState.Completed, (await db.UserTasks.SingleAsync(t => t.Id == task)).State);
            var incident = await db.Incidents.SingleAsync();
            Assert.Equal("summe", incident.ElementId);
            Assert.Null(incident.ResolvedAt);
        }

        var instanceId = started.InstanceId!.Value;
        await host.Runtime.SetVariablesAsync(instanceId, new Dictionary<string, object?> { ["faktor"] = 21L }, "admin");
        await using (var db = host.Db())
        {
            await host.Runtime.RetryIncidentAsync((await db.Incidents.SingleAsync()).Id);
        }

        await using (var db = host.Db())
        {
            Assert.NotNull((await db.Incidents.SingleAsync()).ResolvedAt);
            Assert.Equal("pruefen", (await db.UserTasks.SingleAsync(t => t.State == UserTaskState.Open)).ElementId);
        }
    }

    [Fact]
    public async Task The_variable_size_limit_comes_from_the_runtime_options()
    {
        using var folder = new TempDirectory();
        await using var host = await RuntimeHost.StartAsync(Path.Combine(folder.Path, "data"), _time, options: o => o.MaxVariableKilobytes = 1);
        Assert.True((await host.Runtime.DeployAsync(Xml, "rechnen.bpmn")).Success);

        var e = await Assert.ThrowsAsync<VariableLimitException>(() =>
            host.Runtime.StartAsync("rechnen", "KIM-2026-0701", new Dictionary<string, object?> { ["notiz"] = new string('n', 2000) }, "anna"));

        Assert.Equal("notiz", e.VariableName);
        await using var db = host.Db();
        Assert.Empty(await db.Instances.ToListAsync());
    }
}
