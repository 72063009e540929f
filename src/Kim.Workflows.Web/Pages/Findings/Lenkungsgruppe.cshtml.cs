using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Findings;
using Kim.Workflows.Engine;
using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Runtime;
using Kim.Workflows.Runtime.Persistence;
using Kim.Workflows.Web.Privacy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kim.Workflows.Web.Pages.Findings;

/// <summary>
/// Lenkungsgruppe meetings: plan, agenda (bundled topics) and decisions. "Sitzung planen" starts the
/// <c>lenkungsgruppe</c> workflow with the meeting id as business key (invitations with iCalendar to the
/// configured members); a running meeting can be moved or cancelled by message.
/// </summary>
[Authorize(Policy = OperationsPolicies.Findings)]
public sealed class LenkungsgruppeModel(
    LenkungsgruppeService lenkungsgruppe, WorkflowRuntime runtime, WorkflowDbContextFactory workflows, IOptions<LenkungsgruppeOptions> options) : PageModel
{
    public const string ProcessKey = "lenkungsgruppe";

    public IReadOnlyList<LenkungsgruppeMeeting> Meetings { get; private set; } = [];

    /// <summary>Meeting ids (business keys) with a running workflow.</summary>
    public IReadOnlySet<string> Running { get; private set; } = new HashSet<string>();

    public IReadOnlyList<string> Members => options.Value.EffectiveMembers;

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Meetings = await lenkungsgruppe.MeetingsAsync(cancellationToken);
        Running = await RunningAsync(cancellationToken);
    }

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

    /// <summary>"Sitzung planen": starts the workflow; the coordinator then finds the planning task (date, time, place) in the inbox.</summary>
    public async Task<IActionResult> OnPostStartAsync(Guid meetingId, CancellationToken cancellationToken)
    {
        var user = User.ToKimUser(KimRole.Coordination);
        if (user.Role != KimRole.Coordination)
        {
            return Forbid();
        }

        var meeting = await lenkungsgruppe.FindAsync(meetingId, cancellationToken);
        if (meeting is null)
        {
            return NotFound();
        }

        var key = meeting.Id.ToString();
        if ((await RunningAsync(cancellationToken)).Contains(key))
        {
            Message = $"Für die Sitzung am {meeting.MeetingOn:dd.MM.yyyy} läuft die Planung bereits.";
            return RedirectToPage();
        }

        try
        {
            await runtime.StartAsync(ProcessKey, key, new Dictionary<string, object?>
            {
                ["meetingId"] = key,
                ["meetingTitle"] = meeting.Title,
                ["meetingDate"] = meeting.MeetingOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["location"] = meeting.Place,
                ["coordinator"] = user.UserName,
                ["coordinatorEmail"] = options.Value.CoordinationEmail,
                ["members"] = options.Value.EffectiveMembers.ToList<object?>(),
            }, user.UserName, cancellationToken);
            Message = $"Planung der Sitzung am {meeting.MeetingOn:dd.MM.yyyy} gestartet: Termin und Ort stehen als Aufgabe „Sitzung planen“ in Ihrem Posteingang; danach gehen die Einladungen an {options.Value.EffectiveMembers.Count} Mitglieder.";
        }
        catch (EngineException e)
        {
            Message = "Die Planung konnte nicht gestartet werden: " + e.Message;
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid meetingId, DateOnly meetingDate, string meetingTime, string? reason, CancellationToken cancellationToken)
    {
        try
        {
            var result = await runtime.CorrelateMessageAsync("Lenkungsgruppe_Verschoben", meetingId.ToString(), null, new Dictionary<string, object?>
            {
                ["meetingDate"] = meetingDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["meetingTime"] = meetingTime,
                ["aenderungsgrund"] = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
            }, User.ToKimUser(KimRole.Coordination).UserName, cancellationToken);
            Message = result.Matched ? $"Die Sitzung wird auf den {meetingDate:dd.MM.yyyy}, {meetingTime} Uhr verschoben; die Mitglieder erhalten eine geänderte Einladung." : result.Message;
        }
        catch (EngineException e)
        {
            // The workflow refuses an unreadable time with a German message naming the step; nothing was changed.
            Message = "Die Sitzung wurde nicht verschoben: " + e.Message;
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid meetingId, string? reason, CancellationToken cancellationToken)
    {
        var result = await runtime.CorrelateMessageAsync("Lenkungsgruppe_Abgesagt", meetingId.ToString(), null, new Dictionary<string, object?>
        {
            ["absagegrund"] = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
        }, User.ToKimUser(KimRole.Coordination).UserName, cancellationToken);
        Message = result.Matched ? "Die Sitzung wird abgesagt; die Mitglieder erhalten eine Absage mit Kalender-Storno." : result.Message;
        return RedirectToPage();
    }

    private async Task<IReadOnlySet<string>> RunningAsync(CancellationToken cancellationToken)
    {
        await using var db = workflows.Create();
        var keys = await db.Instances.AsNoTracking().Where(i => i.ProcessKey == ProcessKey && i.Status == InstanceStatus.Running && i.BusinessKey != null)
            .Select(i => i.BusinessKey!).ToListAsync(cancellationToken);
        return keys.ToHashSet(StringComparer.OrdinalIgnoreCase);
    }
}
