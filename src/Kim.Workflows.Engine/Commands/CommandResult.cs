using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Engine.Execution.Journal;

namespace Kim.Workflows.Engine.Commands;

/// <summary>What one committed command did: the instance it acted on, its journal and the effects to apply.</summary>
public sealed record CommandResult(ProcessInstance? Instance, IReadOnlyList<JournalEntry> Journal, IReadOnlyList<EngineEffect> Effects)
{
    public static CommandResult Nothing { get; } = new(null, [], []);

    public Guid? InstanceId => Instance?.Id;
}
