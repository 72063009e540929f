using Kim.Workflows.Domain.Goals;

namespace Kim.Workflows.Application.Cases;

/// <summary>A Handlungsziel (step) as entered: what, who acts, by when, and its status; its percent follows the status.</summary>
public sealed record HandlungszielInput
{
    public const int DescriptionMaxLength = 1000;
    public const int ResponsibleMaxLength = 200;

    public string? Description { get; init; }

    public string? Responsible { get; init; }

    public DateOnly? DueOn { get; init; }

    public GoalStatus Status { get; init; } = GoalStatus.Offen;

    /// <summary>German messages keyed by field; empty when valid.</summary>
    public IReadOnlyDictionary<string, string> Validate()
    {
        var errors = new InputErrors();
        errors.Required(nameof(Description), Description, DescriptionMaxLength, "Bitte den Schritt beschreiben.", "Die Beschreibung");
        errors.Optional(nameof(Responsible), Responsible, ResponsibleMaxLength, "„Wer handelt“");
        errors.Defined(nameof(Status), Status, "Bitte einen Stand auswählen.");
        return errors.All;
    }

    internal void ApplyTo(Handlungsziel step)
    {
        step.Description = Description!.Trim();
        step.Responsible = InputErrors.Clean(Responsible);
        step.DueOn = DueOn;
        step.Status = Status;
        step.AchievementPercent = GoalRules.StepPercent(Status);
    }
}
