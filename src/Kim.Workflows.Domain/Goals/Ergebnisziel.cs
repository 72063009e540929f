using Kim.Workflows.Domain.Assessment;

namespace Kim.Workflows.Domain.Goals;

/// <summary>An outcome goal (Ergebnisziel) in one life area, broken down into Handlungsziele.</summary>
public sealed class Ergebnisziel
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid CaseId { get; set; }

    public Lebensbereich Lebensbereich { get; set; }

    public required string Description { get; set; }

    public GoalStatus Status { get; set; } = GoalStatus.Offen;

    /// <summary>Degree of achievement in percent (0–100), rated at monitoring and re-assessment.</summary>
    public int AchievementPercent { get; set; }

    public DateOnly CreatedOn { get; set; }

    public DateOnly? TargetDate { get; set; }

    public List<Handlungsziel> Handlungsziele { get; init; } = [];

    /// <summary>Optimistic concurrency: a rating saved on an older state is refused, not overwritten.</summary>
    public int Version { get; set; }

    /// <summary>
    /// Set when a workflow step created the goal (the service-task job id and the line): a job that runs twice
    /// finds its goals and creates nothing again. Null for goals entered on the page or through the API.
    /// </summary>
    public string? SourceKey { get; set; }
}
