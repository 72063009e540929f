using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Privacy;
using Kim.Workflows.Web.Privacy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kim.Workflows.Web.Pages.Privacy;

/// <summary>Access log review for administrators: filter by user, case number and date.</summary>
[Authorize(Policy = OperationsPolicies.PrivacyAdministration)]
public sealed class ZugriffsprotokollModel(AccessLogQuery query) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "benutzer")]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true, Name = "fall")]
    public string? CaseNumber { get; set; }

    [BindProperty(SupportsGet = true, Name = "von")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "bis")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "seite")]
    public int PageNumber { get; set; } = 1;

    public AccessLogPage Result { get; private set; } = new([], 0, 1, 100);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Result = await query.SearchAsync(User.ToKimUser(KimRole.Administrator), new AccessLogFilter(UserName, CaseNumber, From, To, PageNumber), cancellationToken);
}
