using Kim.Workflows.Runtime.Persistence.Entities;
using Kim.Workflows.Runtime.Queries;
using Kim.Workflows.Web.Auth;
using Kim.Workflows.Web.Inbox;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kim.Workflows.Web.Pages.Inbox;

/// <summary>One task (deep link <c>/aufgaben/{taskId}</c> from e-mails) with its generated form, validated on the server.</summary>
[Authorize(Policy = KimPolicies.Inbox)]
public sealed class TaskModel(InboxQuery inbox, TaskCompletion completion) : PageModel
{
    public TaskDetails Task { get; private set; } = null!;

    public IReadOnlyList<FormFieldView> Fields { get; private set; } = [];

    public string? Error { get; private set; }

    public bool MayWork { get; private set; }

    public bool IsOpen => Task.Task.State == UserTaskState.Open;

    [TempData]
    public string? Meldung { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid taskId, CancellationToken ct) =>
        await LoadAsync(taskId, null, null, ct) ?? Page();

    public async Task<IActionResult> OnPostCompleteAsync(Guid taskId, CancellationToken ct)
    {
        var submitted = Request.Form.Keys.Where(k => k.StartsWith(FormFieldView.NamePrefix, StringComparison.Ordinal))
            .ToDictionary(k => k[FormFieldView.NamePrefix.Length..], k => (string?)Request.Form[k].LastOrDefault(), StringComparer.Ordinal);
        var outcome = await completion.CompleteAsync(taskId, User, submitted, ct);
        switch (outcome.Status)
        {
            case TaskCompletionStatus.Completed:
                Meldung = "Die Aufgabe ist erledigt.";
                return Redirect("/aufgaben");
            case TaskCompletionStatus.NotFound:
                return NotFound();
            case TaskCompletionStatus.Forbidden:
                return Forbid();
        }

        if (await LoadAsync(taskId, submitted, outcome.Errors, ct) is { } failed)
        {
            return failed;
        }

        Error = outcome.Message;
        Response.StatusCode = outcome.Status == TaskCompletionStatus.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    public async Task<IActionResult> OnPostClaimAsync(Guid taskId, CancellationToken ct)
    {
        if (await LoadAsync(taskId, null, null, ct) is { } failed)
        {
            return failed;
        }

        if (!MayWork)
        {
            return Forbid();
        }

        Meldung = await inbox.ClaimAsync(taskId, User.UserId(), ct) == ClaimOutcome.Done
            ? "Sie bearbeiten diese Aufgabe jetzt."
            : "Die Aufgabe wurde inzwischen von jemand anderem übernommen oder erledigt.";
        return Redirect($"/aufgaben/{taskId}");
    }

    public async Task<IActionResult> OnPostUnclaimAsync(Guid taskId, CancellationToken ct)
    {
        var outcome = await inbox.UnclaimAsync(taskId, User.UserId(), anyAssignee: User.IsInRole(KimRoles.Administration), ct);
        Meldung = outcome == ClaimOutcome.Done ? "Die Aufgabe ist wieder in der Gruppe." : "Die Aufgabe konnte nicht zurückgegeben werden.";
        return Redirect($"/aufgaben/{taskId}");
    }

    /// <summary>Loads the task; a result when the page must not be shown (missing: 404, not the user's: 403).</summary>
    private async Task<IActionResult?> LoadAsync(Guid taskId, IReadOnlyDictionary<string, string?>? submitted, IReadOnlyDictionary<string, string>? errors, CancellationToken ct)
    {
        var task = await inbox.FindAsync(taskId, ct);
        if (task is null)
        {
            return NotFound();
        }

        if (!InboxScope.MaySee(User, task))
        {
            return Forbid();
        }

        Task = task;
        MayWork = InboxScope.MayWork(User, task);
        Fields = [.. task.Fields.Select(f => FormFieldView.For(f, task.Variables, submitted, errors))];
        return null;
    }
}
