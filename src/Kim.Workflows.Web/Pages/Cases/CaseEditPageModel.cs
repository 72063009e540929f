using Kim.Workflows.Application.Cases;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Time;
using Kim.Workflows.Web.Privacy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kim.Workflows.Web.Pages.Cases;

/// <summary>
/// What the edit pages of a case file share (<c>/faelle/{id}/einwilligungen</c>, <c>haushalt</c>, <c>kontakte</c>,
/// <c>stammdaten</c>, <c>assessment</c>, <c>ziele</c>, <c>leistungen</c>): reading the file under the access rules (logged by <see cref="CaseFileService"/>), and turning a
/// <see cref="CaseEditResult"/> into the answer: a redirect after a save, German messages next to the fields, 409 with a
/// conflict message, 403 with the refusal reason, 404.
/// </summary>
public abstract class CaseEditPageModel(CaseFileService files, TimeProvider time) : PageModel
{
    private const string UnreadableValue = "Diese Angabe ist ungültig; bitte im vorgesehenen Format eingeben.";

    public CaseFileRead? Read { get; private set; }

    public Fallakte? CaseFile => Read?.File;

    public Guid Id { get; private set; }

    public DateTimeOffset Now { get; private set; }

    public DateOnly Today { get; private set; }

    public string? Message { get; protected set; }

    public string? Problem { get; protected set; }

    /// <summary>The page's own path below the file, e.g. <c>einwilligungen</c>.</summary>
    protected abstract string Section { get; }

    public string PagePath => $"/faelle/{Id}/{Section}";

    /// <summary>Loads what the page shows besides the file (e.g. the partner directory).</summary>
    protected virtual Task LoadMoreAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected async Task<IActionResult> ShowAsync(Guid id, CancellationToken cancellationToken)
    {
        Id = id;
        Now = time.GetUtcNow();
        Today = KimCalendar.DateOf(Now);
        Read = await files.ReadAsync(User.ToKimUser(), id, cancellationToken);
        switch (Read.Status)
        {
            case CaseFileReadStatus.NotFound:
                return NotFound();
            case CaseFileReadStatus.Denied:
                return Refused(Read.Reason);
        }

        await LoadMoreAsync(cancellationToken);
        return Page();
    }

    /// <summary>
    /// Keeps the binding problems of one form (<paramref name="prefix"/>) in German; false when a value could not be read,
    /// so nothing is saved on a half-read form.
    /// </summary>
    protected bool BoundCleanly(string prefix)
    {
        foreach (var (key, entry) in ModelState.ToList())
        {
            if (!key.StartsWith(prefix + ".", StringComparison.Ordinal))
            {
                ModelState.Remove(key);
            }
            else if (entry is { ValidationState: ModelValidationState.Invalid })
            {
                entry.Errors.Clear();
                entry.Errors.Add(UnreadableValue);
            }
        }

        return ModelState.IsValid;
    }

    protected async Task<IActionResult> AfterEditAsync(Guid id, CaseEditResult result, string prefix, string saved, CancellationToken cancellationToken)
    {
        switch (result.Status)
        {
            case CaseEditStatus.Saved:
                return Redirect($"/faelle/{id}/{Section}?gespeichert={saved}");
            case CaseEditStatus.Invalid:
                foreach (var (field, message) in result.Errors)
                {
                    ModelState.AddModelError($"{prefix}.{field}", message);
                }

                Problem = result.Message;
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                break;
            case CaseEditStatus.Conflict:
                Problem = result.Message;
                Response.StatusCode = StatusCodes.Status409Conflict;
                break;
            case CaseEditStatus.Denied:
                return Refused(result.Message);
            default:
                return NotFound();
        }

        return await ShowAsync(id, cancellationToken);
    }

    /// <summary>The page again with the binding problems next to the fields.</summary>
    protected Task<IActionResult> UnreadableAsync(Guid id, CancellationToken cancellationToken)
    {
        Problem = "Bitte prüfen Sie die markierten Angaben.";
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return ShowAsync(id, cancellationToken);
    }

    private PageResult Refused(string? reason)
    {
        Problem = reason ?? "Kein Zugriff auf diese Fallakte.";
        Read = null;
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }
}
