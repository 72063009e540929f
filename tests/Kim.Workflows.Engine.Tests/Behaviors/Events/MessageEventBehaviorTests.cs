using Kim.Workflows.Engine.Commands;
using Kim.Workflows.Engine.Tests.Support;

namespace Kim.Workflows.Engine.Tests.Behaviors.Events;

public sealed class MessageEventBehaviorTests
{
    private static async Task<(EngineHarness H, Guid First, Guid Second)> TwoWaitingAsync()
    {
        var h = new EngineHarness();
        h.Deploy("Behaviors/Events/message-correlation.bpmn");
        var first = await h.StartAsync("waitForAnswer", new { partner = "Jobcenter" }, "KIM-2026-0001");
        var second = await h.StartAsync("waitForAnswer", new { partner = "Jugendamt" }, "KIM-2026-0002");
        return (h, first, second);
    }

    [Fact]
    public async Task Correlates_by_business_key()
    {
        var (h, first, second) = await TwoWaitingAsync();

        var result = await h.Engine.CorrelateMessageAsync("Rueckmeldung", "KIM-2026-0002", null, new Dictionary<string, object?> { ["accepted"] = true });

        Assert.Equal(CorrelationOutcome.Delivered, result.Outcome);
        Assert.Equal(second, result.InstanceId);
        Assert.Equal(["review"], h.Instance(second).Subscriptions.Select(s => s.ElementId));
        Assert.Equal(true, h.Instance(second).Variables["accepted"]);
        Assert.Equal(["feedback"], h.Instance(first).Subscriptions.Select(s => s.ElementId));
    }

    [Fact]
    public async Task Correlates_by_correlation_variables()
    {
        var (h, first, second) = await TwoWaitingAsync();

        var result = await h.Engine.CorrelateMessageAsync("Rueckmeldung", null, new Dictionary<string, object?> { ["partner"] = "Jobcenter" }, null);

        Assert.Equal(CorrelationOutcome.Delivered, result.Outcome);
        Assert.Equal(first, result.InstanceId);
        Assert.Equal(["review"], h.Instance(first).Subscriptions.Select(s => s.ElementId));
        Assert.Equal(["feedback"], h.Instance(second).Subscriptions.Select(s => s.ElementId));
    }

    [Fact]
    public async Task Ambiguous_without_a_key_and_nothing_changes()
    {
        var (h, first, second) = await TwoWaitingAsync();
        var commits = h.Store.Commits;

        var result = await h.Engine.CorrelateMessageAsync("Rueckmeldung", null, null, null);

        Assert.Equal(CorrelationOutcome.Ambiguous, result.Outcome);
        Assert.False(result.Matched);
        Assert.Equal(commits, h.Store.Commits);
        Assert.Equal(["feedback"], h.Instance(first).Subscriptions.Select(s => s.ElementId));
        Assert.Equal(["feedback"], h.Instance(second).Subscriptions.Select(s => s.ElementId));
    }

    [Theory]
    [InlineData("Rueckmeldung", "KIM-2026-9999")]
    [InlineData("Unbekannt", null)]
    public async Task NoMatch_is_a_result_not_an_exception(string message, string? businessKey)
    {
        var (h, _, _) = await TwoWaitingAsync();

        var result = await h.Engine.CorrelateMessageAsync(message, businessKey, null, null);

        Assert.Equal(CorrelationOutcome.NoMatch, result.Outcome);
        Assert.Null(result.InstanceId);
        Assert.False(string.IsNullOrWhiteSpace(result.Message));
    }

    [Fact]
    public async Task Message_start_event_starts_an_instance()
    {
        var h = new EngineHarness();
        h.Deploy("Behaviors/Events/message-correlation.bpmn");

        var result = await h.Engine.CorrelateMessageAsync("Antrag", "KIM-2026-0042", null, new Dictionary<string, object?> { ["district"] = "Ahlen" });

        Assert.Equal(CorrelationOutcome.StartedInstance, result.Outcome);
        var instance = h.Instance(result.InstanceId!.Value);
        Assert.Equal("applicationByMessage", instance.ProcessKey);
        Assert.Equal("KIM-2026-0042", instance.BusinessKey);
        Assert.Equal("Ahlen", instance.Variables["district"]);
        Assert.Equal(["check"], instance.Subscriptions.Select(s => s.ElementId));
    }
}
