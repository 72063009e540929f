using Kim.Workflows.Engine.Execution.Effects;

namespace Kim.Workflows.Runtime.Outbox;

/// <summary>
/// Applies outbox rows of one kind after commit (schedule a timer, enqueue a job, send the "neue Aufgabe"
/// mail). May be called more than once for one row: <paramref name="idempotencyKey"/> is stable.
/// Rows of a kind without a handler are marked done.
/// </summary>
public interface IOutboxEffectHandler
{
    string Kind { get; }

    Task ApplyAsync(string idempotencyKey, EngineEffect effect, CancellationToken cancellationToken);
}
