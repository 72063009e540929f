using Kim.Workflows.Engine.Commands;
using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Persistence;
using Microsoft.Extensions.Time.Testing;

namespace Kim.Workflows.Engine.Tests.Commands;

public class TimerStartTests
{
    private const string Xml = """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="t">
          <process id="monatsbericht" isExecutable="true">
            <startEvent id="Monatlich"><timerEventDefinition><timeCycle>R/2027-01-01T06:00:00Z/P1M</timeCycle></timerEventDefinition></startEvent>
            <sequenceFlow id="f1" sourceRef="Monatlich" targetRef="Bericht" />
            <userTask id="Bericht" />
          </process>
        </definitions>
        """;

    [Fact]
    public async Task Timer_start_event_is_scheduled_by_the_host_and_starts_an_instance()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 15, 0, 0, 0, TimeSpan.Zero));
        var definitions = new InMemoryDefinitionRepository();
        Assert.True(definitions.Deploy(Xml).Success);
        var engine = new WorkflowEngine(definitions, new InMemoryInstanceStore(), time, new CountingIdGenerator());
        var definition = definitions.FindLatest("monatsbericht")!;

        var first = Assert.Single(WorkflowEngine.NextTimerStarts(definition, time.GetUtcNow()));
        Assert.Equal(new DateTimeOffset(2027, 1, 1, 6, 0, 0, TimeSpan.Zero), first.DueAt);
        var second = Assert.Single(WorkflowEngine.NextTimerStarts(definition, time.GetUtcNow(), first.DueAt, 1));
        Assert.Equal(new DateTimeOffset(2027, 2, 1, 6, 0, 0, TimeSpan.Zero), second.DueAt);

        var result = await engine.StartAtEventAsync(definition, first.StartEvent.Id, null, null);
        Assert.Contains(result.Instance!.Subscriptions, s => s.ElementId == "Bericht");
    }

    [Fact]
    public void Timer_start_with_an_expression_is_rejected_at_deploy_time()
    {
        var result = new InMemoryDefinitionRepository().Deploy(Xml.Replace("R/2027-01-01T06:00:00Z/P1M", "${interval}", StringComparison.Ordinal));

        Assert.False(result.Success);
        Assert.Contains(result.Problems, p => p.ElementId == "Monatlich" && p.Rule == "start-timer-expression");
    }
}
