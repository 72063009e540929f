namespace Kim.Workflows.Runtime.Persistence.Entities;

/// <summary>One deployed BPMN file: which versions it produced is in <see cref="DefinitionRecord"/>.</summary>
public sealed class DeploymentRecord
{
    public Guid Id { get; set; }

    /// <summary>File name or other source label (e.g. <c>fallkonferenz.bpmn</c>).</summary>
    public string Source { get; set; } = "";

    public string ContentHash { get; set; } = "";

    public string? DeployedBy { get; set; }

    public DateTimeOffset DeployedAt { get; set; }
}
