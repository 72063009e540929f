using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Findings;
using Kim.Workflows.Web.Privacy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kim.Workflows.Web.Pages.Findings;

/// <summary>Lenkungsgruppe meetings: plan, agenda (bundled topics) and decisions.</summary>
[Authorize(Policy = OperationsPolicies.Findings)]
public sealed class LenkungsgruppeModel(LenkungsgruppeService lenkungsgruppe) : PageModel
{
    public IReadOnlyList<LenkungsgruppeMeeting> Meetings { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Meetings = await lenkungsgruppe.MeetingsAsync(cancellationToken);

    public async Task<IActionResult> OnPostPlanAsync(DateOnly meetingOn, string title, string? place, CancellationToken cancellationToken)
    {
        await lenkungsgruppe.PlanAsync(User.ToKimUser(KimRole.Coordination), meetingOn, string.IsNullOrWhiteSpace(title) ? "Sitzung der Lenkungsgruppe" : title, place, cancellationToken);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDecisionAsync(Guid itemId, string decision, CancellationToken cancellationToken)
    {
        await lenkungsgruppe.RecordDecisionAsync(User.ToKimUser(KimRole.Coordination), itemId, decision ?? "", cancellationToken);
        return RedirectToPage();
    }
}
