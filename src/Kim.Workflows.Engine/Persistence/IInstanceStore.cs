using Kim.Workflows.Engine.Execution;

namespace Kim.Workflows.Engine.Persistence;

/// <summary>
/// Where instances live. The engine asks only this: load a call tree, find who waits for what, and save
/// one command's changes atomically with an optimistic revision check.
/// </summary>
public interface IInstanceStore
{
    /// <summary>The instance's whole call tree (root and descendants) as copies the command may change; empty if unknown.</summary>
    ValueTask<IReadOnlyList<ProcessInstance>> LoadTreeAsync(Guid instanceId, CancellationToken cancellationToken = default);

    /// <summary>The instance that holds a task, timer or job subscription, or null.</summary>
    ValueTask<Guid?> FindInstanceOfSubscriptionAsync(Guid subscriptionId, CancellationToken cancellationToken = default);

    /// <summary>The instance that holds an incident, or null.</summary>
    ValueTask<Guid?> FindInstanceOfIncidentAsync(Guid incidentId, CancellationToken cancellationToken = default);

    ValueTask<IReadOnlyList<MessageSubscriptionMatch>> FindMessageSubscriptionsAsync(string messageName, string? businessKey, CancellationToken cancellationToken = default);

    ValueTask<IReadOnlyList<Guid>> FindSignalSubscribersAsync(string signalName, CancellationToken cancellationToken = default);

    /// <summary>Saves atomically; throws <see cref="Commands.ConcurrencyConflictException"/> when an instance changed since it was loaded.</summary>
    ValueTask SaveAsync(CommitBatch batch, CancellationToken cancellationToken = default);
}
