using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Findings;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Web.Auth;
using Kim.Workflows.Web.Privacy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Web.Pages.Findings;

/// <summary>
/// The regional project group's view: findings of a district without personal data, bundled into
/// topics, and topics put on the Lenkungsgruppe agenda.
/// </summary>
[Authorize(Policy = OperationsPolicies.Findings)]
public sealed class IndexModel(FindingService findings, LenkungsgruppeService lenkungsgruppe, KimDbContext db) : PageModel
{
    public IReadOnlyList<FindingForCoordination> Findings { get; private set; } = [];

    public IReadOnlyList<FindingTopic> Topics { get; private set; } = [];

    public IReadOnlyList<LenkungsgruppeMeeting> Meetings { get; private set; } = [];

    public IReadOnlyList<(string Id, string Name)> Districts { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "bezirk")]
    public string? District { get; set; }

    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostBundleAsync(string title, string? description, List<Guid> findingIds, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(title) || findingIds.Count == 0)
        {
            Message = "Bitte einen Titel angeben und mindestens eine Rückmeldung auswählen.";
        }
        else
        {
            await findings.CreateTopicAsync(User.ToKimUser(KimRole.Coordination), Scope, title, description, findingIds, cancellationToken);
            Message = $"Thema „{title}“ angelegt.";
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAgendaAsync(Guid topicId, Guid meetingId, CancellationToken cancellationToken)
    {
        await lenkungsgruppe.AddTopicAsync(User.ToKimUser(KimRole.Coordination), meetingId, topicId, cancellationToken);
        Message = "Das Thema steht auf der Tagesordnung der Lenkungsgruppe.";
        await LoadAsync(cancellationToken);
        return Page();
    }

    private string? Scope => District is null or "" or "kreis" ? null : District;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var all = await db.Districts.AsNoTracking().OrderBy(d => d.Name).ToListAsync(cancellationToken);
        Districts = [.. all.Where(d => User.IsKreisWide() || User.Districts().Contains(d.Id)).Select(d => (d.Id, d.Name))];
        if (!User.IsKreisWide() && Scope is null)
        {
            District = Districts.Count > 0 ? Districts[0].Id : null;
        }

        var user = User.ToKimUser(KimRole.Coordination);
        Findings = await findings.ForCoordinationAsync(user, Scope, cancellationToken);
        Topics = await findings.TopicsAsync(user, Scope, cancellationToken);
        Meetings = await lenkungsgruppe.MeetingsAsync(cancellationToken);
    }
}
