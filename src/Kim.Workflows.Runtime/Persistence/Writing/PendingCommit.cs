using Kim.Workflows.Engine.Persistence;
using Kim.Workflows.Runtime.Outbox;

namespace Kim.Workflows.Runtime.Persistence.Writing;

/// <summary>
/// One command waiting for the group commit, with what its caller's async context knew (the outbox claim scope and
/// the task's completion variables): the group may be written from another caller's flow.
/// </summary>
internal sealed class PendingCommit(CommitBatch batch, List<OwnedOutboxRow>? claims, string? completionVariablesJson)
{
    private readonly TaskCompletionSource<CommitOutcome> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public CommitBatch Batch => batch;

    public List<OwnedOutboxRow>? Claims => claims;

    public string? CompletionVariablesJson => completionVariablesJson;

    public Task<CommitOutcome> Done => _done.Task;

    public void Succeed(CommitOutcome outcome) => _done.TrySetResult(outcome);

    public void Fail(Exception error) => _done.TrySetException(error);
}

/// <summary>The new revision of each written instance and the outbox rows the command leased to this node.</summary>
internal sealed record CommitOutcome(IReadOnlyDictionary<Guid, long> Revisions, List<OwnedOutboxRow>? Owned);
