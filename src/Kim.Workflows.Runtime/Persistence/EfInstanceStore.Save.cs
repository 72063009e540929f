using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Engine.Persistence;
using Kim.Workflows.Runtime.Outbox;
using Kim.Workflows.Runtime.Persistence.Writing;
using Kim.Workflows.Runtime.Serialization;

namespace Kim.Workflows.Runtime.Persistence;

public sealed partial class EfInstanceStore : IAsyncDisposable, IDisposable
{
    /// <summary>
    /// One transaction per command (shared with commands that arrive at the same moment, each in its own savepoint):
    /// each instance is updated only where its stored revision is still the loaded one (else
    /// <see cref="Engine.Commands.ConcurrencyConflictException"/> and nothing of the command is written), then the
    /// projections, the outbox rows of the effects that leave the process, and the journal. Returns when it is durable.
    /// </summary>
    public async ValueTask SaveAsync(CommitBatch batch, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var completes = batch.Effects.Any(e => e is UserTaskEnded { Completed: true });
        var commit = new PendingCommit(
            batch,
            routing is null ? null : OutboxClaims.Current,
            completes ? VariableJson.ToJson(CommandAnnotations.CompletionVariables) : null);

        // Not cancellable once submitted: the group may already be committing it.
        await _group.SubmitAsync(commit).ConfigureAwait(false);
    }

    internal GroupCommit Writer => _group;

    public ValueTask DisposeAsync() => _group.DisposeAsync();

    public void Dispose() => _group.Dispose();
}
