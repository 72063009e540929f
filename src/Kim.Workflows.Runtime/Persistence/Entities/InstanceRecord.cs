using Kim.Workflows.Engine.Execution;

namespace Kim.Workflows.Runtime.Persistence.Entities;

/// <summary>A process instance: the searchable columns plus the whole state as JSON.</summary>
public sealed class InstanceRecord
{
    public Guid Id { get; set; }

    public Guid RootInstanceId { get; set; }

    public Guid? ParentInstanceId { get; set; }

    public string DefinitionId { get; set; } = "";

    public string ProcessKey { get; set; } = "";

    public string? BusinessKey { get; set; }

    public InstanceStatus Status { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>The <see cref="ProcessInstance"/> as written by <see cref="Serialization.ProcessInstanceSerializer"/>.</summary>
    public string StateJson { get; set; } = "";

    /// <summary>Optimistic concurrency token: every save writes loaded revision + 1 where the stored one is still the loaded one.</summary>
    public long Revision { get; set; }
}
