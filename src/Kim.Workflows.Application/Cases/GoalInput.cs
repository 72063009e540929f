using Kim.Workflows.Domain.Assessment;
using Kim.Workflows.Domain.Goals;

namespace Kim.Workflows.Application.Cases;

/// <summary>An Ergebnisziel as entered or rated: life area, description, target date, status and degree of achievement.</summary>
public sealed record GoalInput
{
    public const int DescriptionMaxLength = 1000;

    public Lebensbereich Lebensbereich { get; init; }

    public string? Description { get; init; }

    public DateOnly? TargetDate { get; init; }

    public GoalStatus Status { get; init; } = GoalStatus.Offen;

    public int AchievementPercent { get; init; }

    /// <summary>
    /// German messages keyed by field; empty when valid. Status and percent must fit (<see cref="GoalRules.PercentProblem"/>);
    /// a target date does not lie before the day the goal was set (<paramref name="setOn"/>).
    /// </summary>
    public IReadOnlyDictionary<string, string> Validate(DateOnly setOn)
    {
        var errors = new InputErrors();
        errors.Defined(nameof(Lebensbereich), Lebensbereich, "Bitte einen Lebensbereich auswählen.");
        errors.Required(nameof(Description), Description, DescriptionMaxLength, "Bitte das Ziel beschreiben (was soll erreicht sein?).", "Die Beschreibung");
        if (TargetDate is { } target && target < setOn)
        {
            errors.Add(nameof(TargetDate), $"Das Zieldatum darf nicht vor dem Tag liegen, an dem das Ziel gesetzt wurde ({setOn:dd.MM.yyyy}).");
        }

        errors.Defined(nameof(Status), Status, "Bitte einen Stand auswählen.");
        if (Enum.IsDefined(Status) && GoalRules.PercentProblem(Status, AchievementPercent) is { } problem)
        {
            errors.Add(nameof(AchievementPercent), problem);
        }

        return errors.All;
    }

    internal void ApplyTo(Ergebnisziel goal)
    {
        goal.Lebensbereich = Lebensbereich;
        goal.Description = Description!.Trim();
        goal.TargetDate = TargetDate;
        goal.Status = Status;
        goal.AchievementPercent = AchievementPercent;
    }
}
