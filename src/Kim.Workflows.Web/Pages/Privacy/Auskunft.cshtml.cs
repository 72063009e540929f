using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Privacy;
using Kim.Workflows.Web.Privacy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kim.Workflows.Web.Pages.Privacy;

/// <summary>The printable Art. 15 DSGVO information for one case (German), for the responsible case manager.</summary>
[Authorize(Policy = OperationsPolicies.CaseExport)]
public sealed class AuskunftModel(CaseDataExporter exporter) : PageModel
{
    public CaseDataExport? Export { get; private set; }

    public async Task<IActionResult> OnGetAsync(string caseNumber, CancellationToken cancellationToken)
    {
        try
        {
            Export = await exporter.ExportAsync(User.ToKimUser(KimRole.CaseManager), caseNumber, "HTML", cancellationToken);
        }
        catch (UnauthorizedAccessException)
        {
            return Forbid();
        }

        return Export is null ? NotFound() : Page();
    }
}
