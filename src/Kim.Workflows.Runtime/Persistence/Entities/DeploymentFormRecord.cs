namespace Kim.Workflows.Runtime.Persistence.Entities;

/// <summary>
/// A Camunda Form (<c>.form</c>) deployed with a BPMN file. Every deployment stores all its forms, so a
/// task bound to its deployment's form finds it by <see cref="DeploymentId"/>; <see cref="Version"/> counts
/// per form id and grows only when the content changes (an unchanged form keeps its number).
/// </summary>
public sealed class DeploymentFormRecord
{
    public Guid Id { get; set; }

    public Guid DeploymentId { get; set; }

    /// <summary>The <c>id</c> in the form's JSON (what <c>camunda:formRef</c> names).</summary>
    public string FormId { get; set; } = "";

    public int Version { get; set; }

    public string FileName { get; set; } = "";

    public string Json { get; set; } = "";

    public string ContentHash { get; set; } = "";

    public DateTimeOffset DeployedAt { get; set; }
}
