namespace Kim.Workflows.Engine.Execution;

/// <summary>A failed job or timer that waits for an administrator's retry (Camunda: incident).</summary>
public sealed class Incident
{
    public Guid Id { get; set; }

    public Guid SubscriptionId { get; set; }

    public string ElementId { get; set; } = "";

    public string Message { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public Incident Clone() => (Incident)MemberwiseClone();
}
