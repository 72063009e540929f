using Kim.Workflows.Engine.Commands;
using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Engine.Tests.Support;

namespace Kim.Workflows.Engine.Tests.Behaviors.Tasks;

public sealed class CallActivityBehaviorTests
{
    private static async Task<(EngineHarness H, Guid Parent, ProcessInstance Child)> StartAsync()
    {
        var h = new EngineHarness();
        h.Deploy("Behaviors/Tasks/call-activity.bpmn");
        var parent = await h.StartAsync("parentProcess", new { caseNo = "KIM-2026-0042", question = "§25a AufenthG?", secret = "intern" });
        var child = h.All().Single(i => i.ParentInstanceId == parent);
        return (h, parent, child);
    }

    [Fact]
    public async Task Child_gets_in_variables_and_business_key_and_waits_on_its_task()
    {
        var (h, parent, child) = await StartAsync();

        Assert.Equal("childProcess", child.ProcessKey);
        Assert.Equal("KIM-2026-0042", child.BusinessKey);
        Assert.Equal(parent, child.RootInstanceId);
        Assert.Equal("§25a AufenthG?", child.Variables["childQuestion"]);
        Assert.False(child.Variables.ContainsKey("secret"));
        Assert.False(child.Variables.ContainsKey("question"));
        Assert.Equal(["answerQuestion"], child.Subscriptions.Select(s => s.ElementId));
        Assert.Empty(h.Instance(parent).Subscriptions);
    }

    [Fact]
    public async Task Completion_flows_back_through_out_mappings()
    {
        var (h, parent, child) = await StartAsync();

        await h.CompleteAsync("answerQuestion", new { answer = "positiv", childOnly = 1 });

        Assert.Equal(InstanceStatus.Completed, h.Instance(child.Id).Status);
        var p = h.Instance(parent);
        Assert.Equal(InstanceStatus.Running, p.Status);
        Assert.Equal(["after"], p.Subscriptions.Select(s => s.ElementId));
        Assert.Equal("positiv", p.Variables["abhAnswer"]);
        Assert.False(p.Variables.ContainsKey("answer"));
        Assert.False(p.Variables.ContainsKey("childOnly"));
        Assert.Single(h.Completed(parent), "consult");
        Assert.Contains("cEnd", h.Completed(child.Id));
    }

    [Fact]
    public async Task Cancel_cancels_the_called_children()
    {
        var (h, parent, child) = await StartAsync();
        var childTask = h.Waiting("answerQuestion");

        await h.Engine.CancelAsync(parent);

        Assert.Equal(InstanceStatus.Cancelled, h.Instance(parent).Status);
        Assert.Equal(InstanceStatus.Cancelled, h.Instance(child.Id).Status);
        Assert.Empty(h.Instance(child.Id).Subscriptions);
        Assert.Contains(h.EffectsOf<UserTaskEnded>(), e => e.TaskId == childTask && !e.Completed);
        await Assert.ThrowsAsync<NotFoundException>(() => h.Engine.CompleteTaskAsync(childTask, null));
    }
}
