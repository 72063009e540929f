namespace Kim.Workflows.Domain.Goals;

/// <summary>A concrete step (Handlungsziel) towards an Ergebnisziel, with who does it and by when.</summary>
public sealed class Handlungsziel
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid ErgebniszielId { get; set; }

    public required string Description { get; set; }

    /// <summary>Who acts: "Klient/in", the case manager, or a partner.</summary>
    public string? Responsible { get; set; }

    public DateOnly? DueOn { get; set; }

    public GoalStatus Status { get; set; } = GoalStatus.Offen;

    /// <summary>Follows the status (<see cref="GoalRules.StepPercent"/>); a step is done or not, it is not rated in percent.</summary>
    public int AchievementPercent { get; set; }

    /// <summary>Optimistic concurrency, as on the Ergebnisziel.</summary>
    public int Version { get; set; }
}
