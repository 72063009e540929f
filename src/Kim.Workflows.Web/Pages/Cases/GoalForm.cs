using Kim.Workflows.Application.Cases;
using Kim.Workflows.Domain.Assessment;
using Kim.Workflows.Domain.Goals;

namespace Kim.Workflows.Web.Pages.Cases;

/// <summary>The form of an Ergebnisziel (new when <see cref="GoalId"/> is null); names as in <see cref="GoalInput"/>.</summary>
public sealed class GoalForm
{
    public Guid? GoalId { get; set; }

    public int Version { get; set; }

    public Lebensbereich Lebensbereich { get; set; } = Lebensbereich.Sprache;

    public string? Description { get; set; }

    public DateOnly? TargetDate { get; set; }

    public GoalStatus Status { get; set; } = GoalStatus.Offen;

    public int AchievementPercent { get; set; }

    public GoalInput ToInput() => new()
    {
        Lebensbereich = Lebensbereich, Description = Description, TargetDate = TargetDate, Status = Status, AchievementPercent = AchievementPercent,
    };

    public static GoalForm From(Ergebnisziel goal) => new()
    {
        GoalId = goal.Id, Version = goal.Version, Lebensbereich = goal.Lebensbereich, Description = goal.Description, TargetDate = goal.TargetDate,
        Status = goal.Status, AchievementPercent = goal.AchievementPercent,
    };
}
