using Kim.Workflows.Engine.Tests.Support;

namespace Kim.Workflows.Engine.Tests.Behaviors.Gateways;

public sealed class ParallelGatewayBehaviorTests
{
    [Fact]
    public async Task Fork_starts_every_branch_and_join_waits_for_all()
    {
        var h = new EngineHarness();
        h.Deploy("Behaviors/Gateways/parallel-fork-join.bpmn");
        var id = await h.StartAsync("parallel");
        Assert.Equal(["a", "b"], h.Instance(id).Subscriptions.Select(s => s.ElementId).Order());

        await h.CompleteAsync("a");
        Assert.DoesNotContain("join", h.Completed(id));
        Assert.Equal(["b"], h.Instance(id).Subscriptions.Select(s => s.ElementId));

        await h.CompleteAsync("b");
        Assert.Single(h.Completed(id), "join");
        Assert.Equal(["after"], h.Instance(id).Subscriptions.Select(s => s.ElementId));
    }
}
