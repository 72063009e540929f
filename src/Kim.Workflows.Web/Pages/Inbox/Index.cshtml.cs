using Kim.Workflows.Runtime.Queries;
using Kim.Workflows.Web.Auth;
using Kim.Workflows.Web.Inbox;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kim.Workflows.Web.Pages.Inbox;

/// <summary>
/// The task inbox: "Meine Aufgaben", "Gruppenaufgaben", "Alle" (coordination, administration). The view is in the URL;
/// the filter (it may hold a case number) is posted, never put in the URL.
/// </summary>
[Authorize(Policy = KimPolicies.Inbox)]
public sealed class IndexModel(InboxQuery inbox, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "ansicht")]
    public string Ansicht { get; set; } = "meine";

    [BindProperty]
    public string? Prozess { get; set; }

    [BindProperty]
    public string? Fall { get; set; }

    [BindProperty]
    public bool Ueberfaellig { get; set; }

    [BindProperty]
    public string Sortierung { get; set; } = "faellig";

    [TempData]
    public string? Meldung { get; set; }

    public InboxView View { get; private set; }

    public InboxPage Tasks { get; private set; } = new([], false);

    public IReadOnlyList<string> ProcessKeys { get; private set; } = [];

    public bool MaySeeAll => InboxScope.MaySeeAll(User);

    public DateTimeOffset Now { get; } = time.GetUtcNow();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostFilterAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostClaimAsync(Guid taskId, CancellationToken ct)
    {
        var task = await inbox.FindAsync(taskId, ct);
        if (task is null || !InboxScope.MayWork(User, task))
        {
            return Forbid();
        }

        Meldung = await inbox.ClaimAsync(taskId, User.UserId(), ct) == ClaimOutcome.Done
            ? $"Sie haben „{task.Task.Name}“ übernommen."
            : "Die Aufgabe wurde inzwischen von jemand anderem übernommen oder erledigt.";
        return RedirectToPage(new { ansicht = Ansicht });
    }

    public async Task<IActionResult> OnPostUnclaimAsync(Guid taskId, CancellationToken ct)
    {
        var outcome = await inbox.UnclaimAsync(taskId, User.UserId(), anyAssignee: User.IsInRole(KimRoles.Administration), ct);
        Meldung = outcome == ClaimOutcome.Done ? "Die Aufgabe ist wieder in der Gruppe." : "Die Aufgabe konnte nicht zurückgegeben werden.";
        return RedirectToPage(new { ansicht = Ansicht });
    }

    private async Task<IActionResult> LoadAsync(CancellationToken ct)
    {
        View = Ansicht switch
        {
            "gruppe" => InboxView.Group,
            "alle" => InboxView.All,
            _ => InboxView.Mine,
        };
        if (View == InboxView.All && !MaySeeAll)
        {
            return Forbid();
        }

        Tasks = await inbox.ListAsync(InboxScope.Filter(User, View) with
        {
            ProcessKey = Prozess,
            BusinessKey = Fall,
            OverdueOnly = Ueberfaellig,
            Sort = Sortierung == "spaet" ? InboxSort.DueDescending : InboxSort.DueAscending,
        }, ct);
        ProcessKeys = await inbox.OpenProcessKeysAsync(ct);
        return Page();
    }
}
