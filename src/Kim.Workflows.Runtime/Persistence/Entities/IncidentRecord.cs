namespace Kim.Workflows.Runtime.Persistence.Entities;

/// <summary>A failed job or timer waiting for a retry; resolved ones stay with <see cref="ResolvedAt"/> set.</summary>
public sealed class IncidentRecord
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public Guid SubscriptionId { get; set; }

    public string ElementId { get; set; } = "";

    public string Message { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }
}
