using Kim.Workflows.Engine.Commands;
using Kim.Workflows.Engine.Execution;

namespace Kim.Workflows.Engine.Persistence;

/// <summary>
/// Instances in memory (engine tests, simulations, benchmarks). Hands out copies and keeps indexes of
/// subscriptions, so it behaves like a database store: revisions are checked, failed commands leave no trace.
/// </summary>
public sealed class InMemoryInstanceStore : IInstanceStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<Guid, ProcessInstance> _instances = [];
    private readonly Dictionary<Guid, List<Guid>> _children = [];
    private readonly Dictionary<Guid, Guid> _subscriptionOwners = [];
    private readonly Dictionary<Guid, Guid> _incidentOwners = [];
    private readonly bool _keepEnded;

    /// <param name="keepEnded">False drops ended instances (benchmarks that only count throughput).</param>
    public InMemoryInstanceStore(bool keepEnded = true) => _keepEnded = keepEnded;

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _instances.Count;
            }
        }
    }

    /// <summary>A copy of one instance, or null.</summary>
    public ProcessInstance? Find(Guid id)
    {
        lock (_lock)
        {
            return _instances.TryGetValue(id, out var i) ? i.Clone() : null;
        }
    }

    /// <summary>Copies of every instance (tests and the simulator's trace).</summary>
    public IReadOnlyList<ProcessInstance> All()
    {
        lock (_lock)
        {
            return _instances.Values.Select(i => i.Clone()).ToList();
        }
    }

    public ValueTask<IReadOnlyList<ProcessInstance>> LoadTreeAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (!_instances.TryGetValue(instanceId, out var start) || !_instances.TryGetValue(start.RootInstanceId, out var root))
            {
                return ValueTask.FromResult<IReadOnlyList<ProcessInstance>>([]);
            }

            var tree = new List<ProcessInstance>();
            var work = new Stack<ProcessInstance>();
            work.Push(root);
            while (work.TryPop(out var i))
            {
                tree.Add(i.Clone());
                foreach (var child in _children.GetValueOrDefault(i.Id) ?? [])
                {
                    if (_instances.TryGetValue(child, out var c))
                    {
                        work.Push(c);
                    }
                }
            }

            return ValueTask.FromResult<IReadOnlyList<ProcessInstance>>(tree);
        }
    }

    public ValueTask<Guid?> FindInstanceOfSubscriptionAsync(Guid subscriptionId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return ValueTask.FromResult(_subscriptionOwners.TryGetValue(subscriptionId, out var id) ? id : (Guid?)null);
        }
    }

    public ValueTask<Guid?> FindInstanceOfIncidentAsync(Guid incidentId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return ValueTask.FromResult(_incidentOwners.TryGetValue(incidentId, out var id) ? id : (Guid?)null);
        }
    }

    public ValueTask<IReadOnlyList<MessageSubscriptionMatch>> FindMessageSubscriptionsAsync(string messageName, string? businessKey, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var matches = _instances.Values
                .Where(i => i.Status == InstanceStatus.Running && (businessKey is null || i.BusinessKey == businessKey))
                .SelectMany(i => i.Subscriptions
                    .Where(s => s.Kind is SubscriptionKind.Message or SubscriptionKind.ReceiveTask && s.EventName == messageName)
                    .Select(s => new MessageSubscriptionMatch(i.Id, s.Id, i.BusinessKey)))
                .ToList();
            return ValueTask.FromResult<IReadOnlyList<MessageSubscriptionMatch>>(matches);
        }
    }

    public ValueTask<IReadOnlyList<Guid>> FindSignalSubscribersAsync(string signalName, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var ids = _instances.Values
                .Where(i => i.Status == InstanceStatus.Running && i.Subscriptions.Any(s => s.Kind == SubscriptionKind.Signal && s.EventName == signalName))
                .Select(i => i.Id)
                .ToList();
            return ValueTask.FromResult<IReadOnlyList<Guid>>(ids);
        }
    }

    public ValueTask SaveAsync(CommitBatch batch, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            foreach (var instance in batch.Instances)
            {
                var loaded = batch.LoadedRevisions.GetValueOrDefault(instance.Id);
                var current = _instances.TryGetValue(instance.Id, out var existing) ? existing.Revision : 0;
                if (current != loaded)
                {
                    throw new ConcurrencyConflictException($"Instance {instance.Id} was changed by someone else (revision {current}, expected {loaded}).");
                }
            }

            foreach (var instance in batch.Instances)
            {
                Unindex(instance.Id);
                instance.Revision++;
                if (!_keepEnded && instance.Status != InstanceStatus.Running && instance.ParentInstanceId is null)
                {
                    _instances.Remove(instance.Id);
                    _children.Remove(instance.Id);
                    continue;
                }

                _instances[instance.Id] = instance.Clone();
                if (instance.ParentInstanceId is { } parent)
                {
                    var siblings = _children.TryGetValue(parent, out var list) ? list : _children[parent] = [];
                    if (!siblings.Contains(instance.Id))
                    {
                        siblings.Add(instance.Id);
                    }
                }

                foreach (var s in instance.Subscriptions)
                {
                    _subscriptionOwners[s.Id] = instance.Id;
                }

                foreach (var i in instance.Incidents)
                {
                    _incidentOwners[i.Id] = instance.Id;
                }
            }
        }

        return ValueTask.CompletedTask;
    }

    private void Unindex(Guid instanceId)
    {
        if (!_instances.TryGetValue(instanceId, out var old))
        {
            return;
        }

        foreach (var s in old.Subscriptions)
        {
            _subscriptionOwners.Remove(s.Id);
        }

        foreach (var i in old.Incidents)
        {
            _incidentOwners.Remove(i.Id);
        }
    }
}
