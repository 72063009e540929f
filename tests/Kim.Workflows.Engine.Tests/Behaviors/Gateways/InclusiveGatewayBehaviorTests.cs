using Kim.Workflows.Engine.Tests.Support;

namespace Kim.Workflows.Engine.Tests.Behaviors.Gateways;

public sealed class InclusiveGatewayBehaviorTests
{
    private static string[] WaitingAt(EngineHarness h, Guid id) => h.Instance(id).Subscriptions.Select(s => s.ElementId).Order().ToArray();

    [Fact]
    public async Task Split_takes_every_true_flow_and_join_waits_for_them()
    {
        var h = new EngineHarness();
        h.Deploy("Behaviors/Gateways/inclusive-split-join.bpmn");
        var id = await h.StartAsync("inclusive", new { needsA = true, needsB = true });
        Assert.Equal(["a", "b"], WaitingAt(h, id));

        await h.CompleteAsync("b");
        Assert.Equal(["a"], WaitingAt(h, id));
        Assert.DoesNotContain("join", h.Completed(id));

        await h.CompleteAsync("a");
        Assert.Equal(["after"], WaitingAt(h, id));
        Assert.Single(h.Completed(id), "join");
    }

    [Fact]
    public async Task Split_takes_default_only_when_no_condition_holds_and_join_fires_on_the_one_token()
    {
        var h = new EngineHarness();
        h.Deploy("Behaviors/Gateways/inclusive-split-join.bpmn");
        var id = await h.StartAsync("inclusive", new { needsA = false, needsB = false });
        Assert.Equal(["c"], WaitingAt(h, id));

        await h.CompleteAsync("c");
        Assert.Equal(["after"], WaitingAt(h, id));
    }

    [Fact]
    public async Task Join_waits_while_a_branch_loops_back_before_it()
    {
        var h = new EngineHarness();
        h.Deploy("Behaviors/Gateways/inclusive-join-loop.bpmn");
        var id = await h.StartAsync("inclusiveLoop");

        await h.CompleteAsync("b");
        Assert.Equal(["a"], WaitingAt(h, id));

        await h.CompleteAsync("a", new { repeat = true });
        Assert.Equal(["a"], WaitingAt(h, id));
        Assert.DoesNotContain("join", h.Completed(id));

        await h.CompleteAsync("a", new { repeat = false });
        Assert.Equal(["after"], WaitingAt(h, id));
        Assert.Single(h.Completed(id), "join");
    }

    [Fact]
    public async Task Join_fires_when_the_other_branch_ends_at_an_end_event()
    {
        var h = new EngineHarness();
        h.Deploy("Behaviors/Gateways/inclusive-branch-ends.bpmn");
        var id = await h.StartAsync("inclusiveEnds");

        await h.CompleteAsync("a"); // at the join; b can still reach it
        Assert.Equal(["b"], WaitingAt(h, id));
        Assert.DoesNotContain("join", h.Completed(id));

        await h.CompleteAsync("b", new { toJoin = false }); // b ends at endB: nothing more can arrive
        Assert.Contains("endB", h.Completed(id));
        Assert.Equal(["after"], WaitingAt(h, id));
        Assert.Single(h.Completed(id), "join");
    }

    [Fact]
    public async Task Join_counts_both_tokens_when_the_other_branch_arrives()
    {
        var h = new EngineHarness();
        h.Deploy("Behaviors/Gateways/inclusive-branch-ends.bpmn");
        var id = await h.StartAsync("inclusiveEnds");

        await h.CompleteAsync("a");
        await h.CompleteAsync("b", new { toJoin = true });
        Assert.Equal(["after"], WaitingAt(h, id));
        Assert.Single(h.Completed(id), "join");
    }
}
