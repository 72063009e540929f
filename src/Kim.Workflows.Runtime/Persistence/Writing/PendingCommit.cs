using Kim.Workflows.Engine.Persistence;
using Kim.Workflows.Runtime.Outbox;
using Kim.Workflows.Runtime.Serialization;

namespace Kim.Workflows.Runtime.Persistence.Writing;

/// <summary>
/// One command waiting for the group commit, with what its caller's async context knew (the outbox claim scope and
/// the task's completion variables): the group may be written from another caller's flow. The instances' state JSON is
/// made here, on the caller's thread, because the writer's time is the one thing all commands share.
/// </summary>
internal sealed class PendingCommit(CommitBatch batch, List<OwnedOutboxRow>? claims, string? completionVariablesJson)
{
    /// <summary>Each instance's state as it will be stored: serialized with its next revision (loaded + 1).</summary>
    public IReadOnlyDictionary<Guid, string> StateJson { get; } = Serialize(batch);

    private readonly TaskCompletionSource<CommitOutcome> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public CommitBatch Batch => batch;

    public List<OwnedOutboxRow>? Claims => claims;

    public string? CompletionVariablesJson => completionVariablesJson;

    public Task<CommitOutcome> Done => _done.Task;

    public void Succeed(CommitOutcome outcome) => _done.TrySetResult(outcome);

    public void Fail(Exception error) => _done.TrySetException(error);

    private static Dictionary<Guid, string> Serialize(CommitBatch batch)
    {
        var json = new Dictionary<Guid, string>(batch.Instances.Count);
        foreach (var instance in batch.Instances)
        {
            var loaded = batch.LoadedRevisions.GetValueOrDefault(instance.Id);
            instance.Revision = loaded + 1;
            json[instance.Id] = ProcessInstanceSerializer.Serialize(instance);
            instance.Revision = loaded;
        }

        return json;
    }
}

/// <summary>The new revision of each written instance and the outbox rows the command leased to this node.</summary>
internal sealed record CommitOutcome(IReadOnlyDictionary<Guid, long> Revisions, List<OwnedOutboxRow>? Owned);
