using Kim.Workflows.Application.Cases;
using Kim.Workflows.Domain.Goals;

namespace Kim.Workflows.Web.Pages.Cases;

/// <summary>The form of a Handlungsziel of <see cref="GoalId"/> (new when <see cref="StepId"/> is null); names as in <see cref="HandlungszielInput"/>.</summary>
public sealed class StepForm
{
    public Guid? GoalId { get; set; }

    public Guid? StepId { get; set; }

    public int Version { get; set; }

    public string? Description { get; set; }

    public string? Responsible { get; set; }

    public DateOnly? DueOn { get; set; }

    public GoalStatus Status { get; set; } = GoalStatus.Offen;

    public HandlungszielInput ToInput() => new() { Description = Description, Responsible = Responsible, DueOn = DueOn, Status = Status };

    public static StepForm From(Guid goalId, Handlungsziel step) => new()
    {
        GoalId = goalId, StepId = step.Id, Version = step.Version, Description = step.Description, Responsible = step.Responsible, DueOn = step.DueOn,
        Status = step.Status,
    };
}
