namespace Kim.Workflows.Engine.Execution;

/// <summary>
/// What a waiting token waits for: a user task, a timer, a message, a signal or a job.
/// Its id is the task id, timer id or job id the outside world uses.
/// </summary>
public sealed class Subscription
{
    public Guid Id { get; set; }

    public Guid TokenId { get; set; }

    /// <summary>The catching element: task, catch event, boundary event, or the event after an event gateway.</summary>
    public string ElementId { get; set; } = "";

    public SubscriptionKind Kind { get; set; }

    /// <summary>Message or signal name; handler name for jobs.</summary>
    public string? EventName { get; set; }

    /// <summary>Timers: when they are due.</summary>
    public DateTimeOffset? DueAt { get; set; }

    /// <summary>Timers: the evaluated timer text and how often it has fired (cycles).</summary>
    public string? TimerValue { get; set; }

    public Timers.TimerKind? TimerKind { get; set; }

    public int FiredCount { get; set; }

    public long Sequence { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public Subscription Clone() => (Subscription)MemberwiseClone();
}
