using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Tests.Support;
using Kim.Workflows.Engine.Variables;

namespace Kim.Workflows.Engine.Tests.Variables;

/// <summary>At most 256 KB per variable and 2 MB per instance by default (configurable); larger is refused naming the variable.</summary>
public sealed class VariableLimitTests
{
    private static EngineHarness Harness(VariableLimits? limits = null)
    {
        var h = new EngineHarness(limits is null ? null : new ExecutorOptions { VariableLimits = limits });
        h.Deploy("Commands/failures.bpmn");
        return h;
    }

    [Fact]
    public async Task A_value_over_256_KB_refuses_the_start_naming_the_variable()
    {
        var h = Harness();

        var e = await Assert.ThrowsAsync<VariableLimitException>(() => h.StartAsync("conditionAtStart", new { kind = "a", anlage = new string('x', 300 * 1024) }));

        Assert.Equal("anlage", e.VariableName);
        Assert.Equal("Die Variable „anlage“ ist 301 KB groß; erlaubt sind höchstens 256 KB je Variable.", e.Message);
        Assert.Empty(h.All());
    }

    [Fact]
    public async Task A_value_just_under_the_limit_is_stored()
    {
        var h = Harness();

        var id = await h.StartAsync("conditionAtStart", new { kind = "a", anlage = new string('x', 250 * 1024) });

        Assert.Equal(250 * 1024, ((string)h.Instance(id).Variables["anlage"]!).Length);
    }

    [Fact]
    public async Task Values_that_together_exceed_2_MB_refuse_the_completion_and_nothing_is_committed()
    {
        var h = Harness();
        var id = await h.StartAsync("conditionAfterCompletion", new { a = new string('a', 250 * 1024), b = new string('b', 250 * 1024), c = new string('c', 250 * 1024), d = new string('d', 250 * 1024) });
        var revision = h.Instance(id).Revision;
        var more = Enumerable.Range(0, 5).ToDictionary(i => $"teil{i}", i => (object?)new string('e', 250 * 1024));
        more["amount"] = 5L;

        var e = await Assert.ThrowsAsync<VariableLimitException>(() => h.Engine.CompleteTaskAsync(h.Waiting("fill"), more));

        Assert.Contains("erlaubt sind höchstens 2 MB", e.Message, StringComparison.Ordinal);
        Assert.Equal(revision, h.Instance(id).Revision);
        Assert.Equal(["fill:UserTask"], h.WaitingElements());
    }

    [Fact]
    public async Task The_limits_are_configurable()
    {
        var h = Harness(new VariableLimits(MaxValueBytes: 100, MaxInstanceBytes: 1000));

        var e = await Assert.ThrowsAsync<VariableLimitException>(() => h.StartAsync("conditionAtStart", new { kind = "a", notiz = new string('n', 200) }));

        Assert.Equal("notiz", e.VariableName);
        Assert.Equal(100, e.LimitBytes);
    }

    [Fact]
    public async Task A_script_writing_a_value_over_the_limit_gets_an_incident_and_writes_nothing()
    {
        var h = Harness();

        var id = await h.StartAsync("scriptWritesLarge");

        var incident = Assert.Single(h.Instance(id).Incidents);
        Assert.Equal("bloat", incident.ElementId);
        Assert.Contains("„blob“", incident.Message, StringComparison.Ordinal);
        Assert.False(h.Instance(id).Variables.ContainsKey("small"));
    }
}
