using Kim.Workflows.Engine.Execution.Effects;

namespace Kim.Workflows.Runtime.Outbox;

/// <summary>
/// What the store needs to know when it writes outbox rows: which kinds have a handler (effects of other kinds get no
/// row: there is nothing to apply) and how long the committing node owns the rows it will apply itself.
/// </summary>
public sealed class OutboxRouting(IEnumerable<IOutboxEffectHandler> handlers, WorkflowRuntimeOptions options)
{
    private readonly HashSet<string> _handled = handlers.Select(h => h.Kind).ToHashSet(StringComparer.Ordinal);

    public bool Handles(string kind) => _handled.Contains(kind);

    public TimeSpan Lease => options.OutboxLease;
}

/// <summary>An outbox row the committing command owns (leased in its own transaction) and applies right after commit.</summary>
public sealed record OwnedOutboxRow(string Id, string Kind, EngineEffect Effect);

/// <summary>
/// Collects the rows a command wrote while <see cref="WorkflowRuntime"/> runs it (flows into the store with the async
/// call). Rows written outside such a scope (the engine used directly) are left for the dispatcher's sweep.
/// </summary>
internal static class OutboxClaims
{
    private static readonly AsyncLocal<List<OwnedOutboxRow>?> Slot = new();

    public static List<OwnedOutboxRow>? Current => Slot.Value;

    public static Scope Begin()
    {
        var previous = Slot.Value;
        var rows = new List<OwnedOutboxRow>();
        Slot.Value = rows;
        return new Scope(rows, previous);
    }

    public readonly struct Scope(List<OwnedOutboxRow> rows, List<OwnedOutboxRow>? previous) : IDisposable
    {
        public List<OwnedOutboxRow> Rows => rows;

        public void Dispose() => Slot.Value = previous;
    }
}
