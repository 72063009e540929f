using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Engine.Execution.Journal;
using Kim.Workflows.Engine.Persistence;

namespace Kim.Workflows.Engine.Tests.Support;

/// <summary>
/// The in-memory store plus a record of every committed journal entry and effect, so tests also see
/// what commands the engine ran on its own (signal broadcasts to other instances).
/// </summary>
internal sealed class RecordingInstanceStore : IInstanceStore
{
    private readonly Lock _lock = new();
    private readonly List<JournalEntry> _journal = [];
    private readonly List<EngineEffect> _effects = [];

    public InMemoryInstanceStore Inner { get; } = new();

    public int Commits { get; private set; }

    public IReadOnlyList<JournalEntry> Journal
    {
        get
        {
            lock (_lock)
            {
                return [.. _journal];
            }
        }
    }

    public IReadOnlyList<EngineEffect> Effects
    {
        get
        {
            lock (_lock)
            {
                return [.. _effects];
            }
        }
    }

    public ValueTask<IReadOnlyList<ProcessInstance>> LoadTreeAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        Inner.LoadTreeAsync(instanceId, cancellationToken);

    public ValueTask<Guid?> FindInstanceOfSubscriptionAsync(Guid subscriptionId, CancellationToken cancellationToken = default) =>
        Inner.FindInstanceOfSubscriptionAsync(subscriptionId, cancellationToken);

    public ValueTask<Guid?> FindInstanceOfIncidentAsync(Guid incidentId, CancellationToken cancellationToken = default) =>
        Inner.FindInstanceOfIncidentAsync(incidentId, cancellationToken);

    public ValueTask<IReadOnlyList<MessageSubscriptionMatch>> FindMessageSubscriptionsAsync(string messageName, string? businessKey, CancellationToken cancellationToken = default) =>
        Inner.FindMessageSubscriptionsAsync(messageName, businessKey, cancellationToken);

    public ValueTask<IReadOnlyList<Guid>> FindSignalSubscribersAsync(string signalName, CancellationToken cancellationToken = default) =>
        Inner.FindSignalSubscribersAsync(signalName, cancellationToken);

    public async ValueTask SaveAsync(CommitBatch batch, CancellationToken cancellationToken = default)
    {
        await Inner.SaveAsync(batch, cancellationToken);
        lock (_lock)
        {
            Commits++;
            _journal.AddRange(batch.Journal);
            _effects.AddRange(batch.Effects);
        }
    }
}
