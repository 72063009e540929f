using Kim.Workflows.Engine.Execution;

namespace Kim.Workflows.Runtime.Persistence.Entities;

/// <summary>
/// Everything a running instance waits for (tasks, timers, messages, signals, jobs): the index behind
/// "who holds subscription X" and message/signal correlation. Rebuilt from the state on every save.
/// </summary>
public sealed class SubscriptionRecord
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public SubscriptionKind Kind { get; set; }

    public string ElementId { get; set; } = "";

    /// <summary>Message or signal name; handler name for jobs.</summary>
    public string? EventName { get; set; }

    public string? BusinessKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
