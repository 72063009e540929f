using Kim.Workflows.Application.Cases;

namespace Kim.Workflows.Web.Pages.Cases;

/// <summary>The form of a new Zielvereinbarung; names as in <see cref="ZielvereinbarungInput"/>.</summary>
public sealed class AgreementForm
{
    public DateOnly? AgreedOn { get; set; }

    public List<Guid> GoalIds { get; set; } = [];

    public bool SignedByClient { get; set; }

    public string? Remarks { get; set; }

    public ZielvereinbarungInput ToInput() => new() { AgreedOn = AgreedOn, GoalIds = GoalIds, SignedByClient = SignedByClient, Remarks = Remarks };
}
