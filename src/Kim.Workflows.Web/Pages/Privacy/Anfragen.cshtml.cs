using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Privacy;
using Kim.Workflows.Domain.Time;
using Kim.Workflows.Web.Auth;
using Kim.Workflows.Web.Privacy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kim.Workflows.Web.Pages.Privacy;

/// <summary>Correction, deletion and other requests of a person: recorded by case management, handled by administration.</summary>
[Authorize(Policy = OperationsPolicies.DataSubjectRequests)]
public sealed class AnfragenModel(DataSubjectRequestService requests, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "fall")]
    public string? CaseNumber { get; set; }

    public IReadOnlyList<DataSubjectRequest> Open { get; private set; } = [];

    public string? Message { get; private set; }

    public string? Problem { get; private set; }

    public DateOnly Today => KimCalendar.Today(time);

    public bool IsAdministrator => User.IsInRole(KimRoles.Administration);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostRecordAsync(DataSubjectRequestKind kind, DateOnly receivedOn, string? description, CancellationToken cancellationToken)
    {
        try
        {
            var request = await requests.RecordAsync(User.ToKimUser(), CaseNumber ?? "", kind, receivedOn, description, cancellationToken);
            Message = $"Anfrage erfasst; Antwort fällig bis {request.AnswerDueOn:dd.MM.yyyy}.";
        }
        catch (Exception e) when (e is KeyNotFoundException or UnauthorizedAccessException)
        {
            Problem = e.Message;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostResolveAsync(Guid requestId, DataSubjectRequestStatus status, string resolution, CancellationToken cancellationToken)
    {
        if (!IsAdministrator)
        {
            return Forbid();
        }

        await requests.ResolveAsync(User.ToKimUser(KimRole.Administrator), requestId, status, resolution ?? "", cancellationToken);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (IsAdministrator)
        {
            Open = await requests.ListAsync(User.ToKimUser(KimRole.Administrator), openOnly: true, cancellationToken);
        }
    }
}
