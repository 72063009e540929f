using Kim.Workflows.Engine.Commands;
using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Engine.Execution.Journal;

namespace Kim.Workflows.Engine.Persistence;

/// <summary>
/// Everything one command changes, saved atomically: the instances (each with the revision it was
/// loaded at, 0 for new ones), the journal and the effects (the outbox).
/// </summary>
public sealed record CommitBatch(
    IReadOnlyList<ProcessInstance> Instances,
    IReadOnlyDictionary<Guid, long> LoadedRevisions,
    IReadOnlyList<JournalEntry> Journal,
    IReadOnlyList<EngineEffect> Effects,
    CommandContext Command,
    DateTimeOffset At);
