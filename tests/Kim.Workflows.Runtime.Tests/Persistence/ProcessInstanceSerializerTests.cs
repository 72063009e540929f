using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Runtime.Serialization;

namespace Kim.Workflows.Runtime.Tests.Persistence;

public sealed class ProcessInstanceSerializerTests
{
    [Fact]
    public void Round_trip_keeps_variable_types_tokens_and_subscriptions()
    {
        var due = new DateTimeOffset(2027, 1, 31, 9, 30, 0, TimeSpan.FromHours(1));
        var instance = new ProcessInstance
        {
            Id = Guid.NewGuid(),
            RootInstanceId = Guid.NewGuid(),
            DefinitionId = "fallkonferenz:3",
            ProcessKey = "fallkonferenz",
            BusinessKey = "KIM-2026-0042",
            StartedAt = due,
            Revision = 4,
            NextSequence = 9,
            Scopes =
            [
                new ExecutionScope
                {
                    Id = Guid.NewGuid(),
                    ElementId = "fallkonferenz",
                    Variables = new(StringComparer.Ordinal)
                    {
                        ["due"] = due,
                        ["count"] = 3L,
                        ["ratio"] = 2.0,
                        ["none"] = null,
                        ["ok"] = true,
                        ["partner"] = new List<object?> { "Jobcenter", 1L, new Dictionary<string, object?> { ["$dt"] = "nur Text" } },
                    },
                    MultiInstance = new MultiInstanceState { NrOfInstances = 2, Items = [due, "x"] },
                },
            ],
            Tokens = [new Token { Id = Guid.NewGuid(), ElementId = "warten", State = TokenState.Waiting, Sequence = 2 }],
            Subscriptions = [new Subscription { Id = Guid.NewGuid(), Kind = SubscriptionKind.Timer, DueAt = due, TimerKind = Engine.Timers.TimerKind.Cycle, TimerValue = "R3/P1M" }],
            Incidents = [new Incident { Id = Guid.NewGuid(), Message = "Fehler" }],
        };

        var copy = ProcessInstanceSerializer.Deserialize(ProcessInstanceSerializer.Serialize(instance));

        var variables = copy.RootScope.Variables;
        Assert.Equal(due, Assert.IsType<DateTimeOffset>(variables["due"]));
        Assert.IsType<long>(variables["count"]);
        Assert.IsType<double>(variables["ratio"]);
        Assert.Null(variables["none"]);
        Assert.True((bool)variables["ok"]!);
        var partner = Assert.IsType<List<object?>>(variables["partner"]);
        Assert.Equal("nur Text", Assert.IsType<Dictionary<string, object?>>(partner[2])["$dt"]);
        Assert.IsType<DateTimeOffset>(copy.RootScope.MultiInstance!.Items![0]);
        Assert.Equal(TokenState.Waiting, copy.Tokens[0].State);
        Assert.Equal(Engine.Timers.TimerKind.Cycle, copy.Subscriptions[0].TimerKind);
        Assert.Equal("Fehler", copy.Incidents[0].Message);
        Assert.Equal(9, copy.NextSequence);
        Assert.Equal("KIM-2026-0042", copy.BusinessKey);
    }
}
