using Kim.Workflows.Engine.Commands;
using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Engine.Execution.Journal;
using Kim.Workflows.Engine.Tests.Support;

namespace Kim.Workflows.Engine.Tests.Commands;

public class MigrationTests
{
    private const string V1 = """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="t">
          <process id="antrag" isExecutable="true">
            <startEvent id="S" /><sequenceFlow id="f1" sourceRef="S" targetRef="Review" />
            <userTask id="Review" name="Prüfen" /><sequenceFlow id="f2" sourceRef="Review" targetRef="E" /><endEvent id="E" />
          </process>
        </definitions>
        """;

    private const string V2 = """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="t">
          <process id="antrag" isExecutable="true">
            <startEvent id="S" /><sequenceFlow id="f1" sourceRef="S" targetRef="Review" />
            <userTask id="Review" name="Prüfen" /><sequenceFlow id="f2" sourceRef="Review" targetRef="Approve" />
            <userTask id="Approve" name="Freigeben" /><sequenceFlow id="f3" sourceRef="Approve" targetRef="E" /><endEvent id="E" />
            <boundaryEvent id="Reminder" attachedToRef="Review" cancelActivity="false"><timerEventDefinition><timeDuration>P7D</timeDuration></timerEventDefinition></boundaryEvent>
            <sequenceFlow id="f4" sourceRef="Reminder" targetRef="Remind" /><task id="Remind" />
          </process>
        </definitions>
        """;

    private static async Task<(EngineHarness H, Guid Instance, Guid Task)> StartOnV1()
    {
        var h = new EngineHarness();
        Assert.True(h.Definitions.Deploy(V1).Success);
        var id = await h.StartAsync("antrag", new { betrag = 5L });
        var task = h.Instance(id).Subscriptions.Single(s => s.Kind == SubscriptionKind.UserTask).Id;
        return (h, id, task);
    }

    [Fact]
    public async Task Waiting_instance_moves_to_the_new_version_without_restarting()
    {
        var (h, id, task) = await StartOnV1();
        Assert.True(h.Definitions.Deploy(V2).Success);

        var result = await h.Engine.MigrateAsync(id, "antrag:2", null);

        var migrated = h.Instance(id);
        Assert.Equal("antrag:2", migrated.DefinitionId);
        Assert.Equal(task, migrated.Subscriptions.Single(s => s.Kind == SubscriptionKind.UserTask).Id); // the inbox task keeps its id
        Assert.Equal(5L, migrated.Variables["betrag"]);
        Assert.Single(h.Store.Journal, j => j.Kind == JournalEntryKind.InstanceStarted); // no restart
        Assert.Contains(result.Effects, e => e is TimerScheduled { ElementId: "Reminder" }); // v2's boundary is armed
        Assert.Contains(result.Effects, e => e is InstanceMigrated { FromDefinitionId: "antrag:1", ToDefinitionId: "antrag:2" });

        await h.Engine.CompleteTaskAsync(task, null);
        Assert.Contains(h.Instance(id).Subscriptions, s => s.ElementId == "Approve"); // it now follows version 2
    }

    [Fact]
    public async Task Element_without_counterpart_is_refused_and_nothing_changes()
    {
        var (h, id, _) = await StartOnV1();
        Assert.True(h.Definitions.Deploy(V2.Replace("\"Review\"", "\"Pruefung\"", StringComparison.Ordinal)).Success);
        var before = h.Instance(id).Revision;

        var refused = await Assert.ThrowsAsync<MigrationRefusedException>(() => h.Engine.MigrateAsync(id, "antrag:2", null));

        Assert.Contains(refused.Reasons, r => r.Contains("Review", StringComparison.Ordinal));
        Assert.Equal("antrag:1", h.Instance(id).DefinitionId);
        Assert.Equal(before, h.Instance(id).Revision);
    }

    [Fact]
    public async Task Mapping_names_the_counterpart_of_a_renamed_element()
    {
        var (h, id, task) = await StartOnV1();
        Assert.True(h.Definitions.Deploy(V2.Replace("\"Review\"", "\"Pruefung\"", StringComparison.Ordinal)).Success);

        await h.Engine.MigrateAsync(id, "antrag:2", new Dictionary<string, string> { ["Review"] = "Pruefung" });

        var subscription = h.Instance(id).Subscriptions.Single(s => s.Kind == SubscriptionKind.UserTask);
        Assert.Equal(("Pruefung", task), (subscription.ElementId, subscription.Id));
    }

    [Fact]
    public async Task A_counterpart_of_another_kind_is_refused()
    {
        var (h, id, _) = await StartOnV1();
        Assert.True(h.Definitions.Deploy(V2.Replace("<userTask id=\"Review\" name=\"Prüfen\" />", "<receiveTask id=\"Review\" />", StringComparison.Ordinal)).Success);

        var refused = await Assert.ThrowsAsync<MigrationRefusedException>(() => h.Engine.MigrateAsync(id, "antrag:2", null));

        Assert.Contains(refused.Reasons, r => r.Contains("ReceiveTask", StringComparison.Ordinal));
    }
}
