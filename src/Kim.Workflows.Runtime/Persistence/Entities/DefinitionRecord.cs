namespace Kim.Workflows.Runtime.Persistence.Entities;

/// <summary>One immutable version of a process: id is <c>key:version</c>; the XML is the whole file it came from.</summary>
public sealed class DefinitionRecord
{
    public string Id { get; set; } = "";

    public Guid DeploymentId { get; set; }

    public string ProcessKey { get; set; } = "";

    public int Version { get; set; }

    public string? Name { get; set; }

    public string BpmnXml { get; set; } = "";

    public string ContentHash { get; set; } = "";

    public DefinitionState State { get; set; }

    public string? DeployedBy { get; set; }

    public DateTimeOffset DeployedAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }
}
