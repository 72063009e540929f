using Kim.Workflows.Engine.Commands;
using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Tests.Support;

namespace Kim.Workflows.Engine.Tests.Commands;

/// <summary>
/// Each row of the failure table in docs/engine.md: a step that cannot run is an answer naming it (nothing saved);
/// a script that fails after the next wait state lets the command commit and gives the script step an incident.
/// </summary>
public sealed class FailureAnswerTests
{
    private readonly EngineHarness _h = new();

    public FailureAnswerTests() => _h.Deploy("Commands/failures.bpmn");

    [Fact]
    public async Task Missing_variable_in_the_step_after_a_completion_refuses_the_completion_naming_the_step()
    {
        var id = await _h.StartAsync("conditionAfterCompletion");
        var before = _h.Instance(id);
        var commits = _h.Store.Commits;

        var e = await Assert.ThrowsAsync<StepFailedException>(() => _h.CompleteAsync("fill"));

        Assert.Equal("Der Schritt „decide (Betrag hoch?)“ kann nicht ausgeführt werden: Die Variable „amount“ ist nicht gesetzt.", e.Message);
        Assert.Equal("decide", e.ElementId);
        Assert.Equal("amount", e.MissingVariable);
        Assert.Equal(commits, _h.Store.Commits);
        Assert.Equal(before.Revision, _h.Instance(id).Revision);
        Assert.Equal(["fill:UserTask"], _h.WaitingElements());

        await _h.CompleteAsync("fill", new { amount = 150 });
        Assert.Equal(["high:UserTask"], _h.WaitingElements());
    }

    [Fact]
    public async Task Failing_script_after_a_completion_commits_the_completion_and_raises_an_incident_at_the_script()
    {
        var id = await _h.StartAsync("scriptAfterCompletion");

        var result = await _h.CompleteAsync("prepare");

        var instance = _h.Instance(id);
        Assert.Equal(InstanceStatus.Running, instance.Status);
        Assert.Contains("prepare", _h.Completed(id));
        var incident = Assert.Single(instance.Incidents);
        Assert.Equal("compute", incident.ElementId);
        Assert.Contains("Summe berechnen", incident.Message, StringComparison.Ordinal);
        Assert.Contains("toFixed", incident.Message, StringComparison.Ordinal);
        Assert.Contains(result.Effects, e => e is Engine.Execution.Effects.IncidentRaised { ElementId: "compute" });
        Assert.Equal(["compute:FailedStep"], _h.WaitingElements());
        // The failing script's first write is not kept: a script's changes apply all or not at all.
        Assert.False(instance.Variables.ContainsKey("partial"));
    }

    [Fact]
    public async Task Retrying_the_script_incident_runs_the_script_again()
    {
        var id = await _h.StartAsync("scriptAfterCompletion");
        await _h.CompleteAsync("prepare");
        var incident = Assert.Single(_h.Instance(id).Incidents);

        await _h.Engine.SetVariablesAsync(id, new Dictionary<string, object?> { ["factor"] = 21L });
        await _h.Engine.RetryIncidentAsync(incident.Id);

        var instance = _h.Instance(id);
        Assert.Empty(instance.Incidents);
        Assert.Equal(42L, Convert.ToInt64(instance.Variables["total"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["after:UserTask"], _h.WaitingElements());
    }

    [Fact]
    public async Task Retrying_a_script_that_fails_again_leaves_one_new_incident()
    {
        var id = await _h.StartAsync("scriptAfterCompletion");
        await _h.CompleteAsync("prepare");
        var first = Assert.Single(_h.Instance(id).Incidents);

        await _h.Engine.RetryIncidentAsync(first.Id);

        var again = Assert.Single(_h.Instance(id).Incidents);
        Assert.NotEqual(first.Id, again.Id);
        Assert.Equal(["compute:FailedStep"], _h.WaitingElements());
    }

    [Fact]
    public async Task Script_that_throws_an_Error_refuses_the_completion_with_its_text()
    {
        var id = await _h.StartAsync("scriptRefuses");
        var revision = _h.Instance(id).Revision;

        var e = await Assert.ThrowsAsync<StepFailedException>(() => _h.CompleteAsync("enter", new { time = "zehn" }));

        Assert.Equal("Der Schritt „check (Termin prüfen)“ kann nicht ausgeführt werden: Die Uhrzeit (HH:MM) ist ungültig.", e.Message);
        Assert.Equal(revision, _h.Instance(id).Revision);
        Assert.Empty(_h.Instance(id).Incidents);

        await _h.CompleteAsync("enter", new { time = "10:30" });
        Assert.Equal(["done:UserTask"], _h.WaitingElements());
    }

    [Fact]
    public async Task Script_exceeding_its_limit_at_the_start_still_starts_the_instance_with_an_incident()
    {
        var id = await _h.StartAsync("scriptAtStart");

        var incident = Assert.Single(_h.Instance(id).Incidents);
        Assert.Equal("spin", incident.ElementId);
        Assert.Contains("Grenze", incident.Message, StringComparison.Ordinal);
        Assert.Equal(InstanceStatus.Running, _h.Instance(id).Status);
    }

    [Fact]
    public async Task Missing_variable_at_the_start_refuses_the_start_and_stores_nothing()
    {
        var e = await Assert.ThrowsAsync<StepFailedException>(() => _h.StartAsync("conditionAtStart"));

        Assert.Equal("Der Schritt „route (Welcher Weg?)“ kann nicht ausgeführt werden: Die Variable „kind“ ist nicht gesetzt.", e.Message);
        Assert.Empty(_h.All());
        Assert.Equal(0, _h.Store.Commits);
    }

    [Fact]
    public async Task Missing_variable_after_a_correlated_message_refuses_the_message_and_the_instance_still_waits()
    {
        var id = await _h.StartAsync("conditionAfterMessage");
        var revision = _h.Instance(id).Revision;

        var e = await Assert.ThrowsAsync<StepFailedException>(() => _h.Engine.CorrelateMessageAsync("Antwort", null, null, null));

        Assert.Equal("answer", e.MissingVariable);
        Assert.Contains("Zugestimmt?", e.Message, StringComparison.Ordinal);
        Assert.Equal(revision, _h.Instance(id).Revision);
        Assert.Equal(["wait:Message"], _h.WaitingElements());

        var delivered = await _h.Engine.CorrelateMessageAsync("Antwort", null, null, new Dictionary<string, object?> { ["answer"] = "ja" });
        Assert.Equal(CorrelationOutcome.Delivered, delivered.Outcome);
        Assert.Equal(["yes:UserTask"], _h.WaitingElements());
    }

    [Fact]
    public async Task A_timer_firing_into_a_step_that_cannot_run_becomes_an_incident_at_the_timer()
    {
        var id = await _h.StartAsync("conditionAfterTimer");

        var fired = await _h.FireTimerAsync("later");

        Assert.Equal(TimerFireOutcome.Incident, fired.Outcome);
        var incident = Assert.Single(_h.Instance(id).Incidents);
        Assert.Equal("later", incident.ElementId);
        Assert.Equal("Der Schritt „which (Welche Frist?)“ kann nicht ausgeführt werden: Die Variable „frist“ ist nicht gesetzt.", incident.Message);
    }
}
