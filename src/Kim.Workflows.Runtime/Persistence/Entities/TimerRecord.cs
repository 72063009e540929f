namespace Kim.Workflows.Runtime.Persistence.Entities;

/// <summary>A timer subscription and its history. Pending rows are what start-up and the sweep re-schedule.</summary>
public sealed class TimerRecord
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public string ElementId { get; set; } = "";

    public DateTimeOffset DueAt { get; set; }

    public TimerStatus Status { get; set; }

    public int FiredCount { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }
}
