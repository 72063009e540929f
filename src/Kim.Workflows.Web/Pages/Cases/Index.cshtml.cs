using Kim.Workflows.Application.Cases;
using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Web.Cases;
using Kim.Workflows.Web.Privacy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kim.Workflows.Web.Pages.Cases;

/// <summary>
/// <c>/faelle</c>: the cases the user may see (<see cref="CaseAccessPolicy.VisibleCases"/>), filtered by phase, overdue
/// re-assessment and responsible person, sorted by the next re-assessment, paged. Roles without case files (coordination,
/// ABH/EBH, administration, process owners) get a 403 page that says why and where to go instead.
/// </summary>
[Authorize(Policy = CasePolicies.Cases)]
public sealed class IndexModel(CaseListQuery cases) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "phase")]
    public CasePhase? Phase { get; set; }

    [BindProperty(SupportsGet = true, Name = "ueberfaellig")]
    public bool OverdueOnly { get; set; }

    [BindProperty(SupportsGet = true, Name = "zustaendig")]
    public string? Responsible { get; set; }

    [BindProperty(SupportsGet = true, Name = "seite")]
    public int PageNumber { get; set; } = 1;

    public CaseListPage? Result { get; private set; }

    /// <summary>Set when the role has no case files: the explanation of the 403 page.</summary>
    public string? Refusal { get; private set; }

    public KimRole Role { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var user = User.ToKimUser();
        Role = user.Role;
        if (user.Role != KimRole.CaseManager)
        {
            Refusal = user.Role switch
            {
                KimRole.Coordination => "Die Koordination sieht keine einzelnen Fallakten, sondern nur zusammengefasste Zahlen je Bezirk (Datenschutz: Zugriff haben nur die zuständige Fallmanagerin bzw. der zuständige Fallmanager und die Vertretung).",
                KimRole.Auslaenderbehoerde or KimRole.Einbuergerungsbehoerde => "Die Behörde sieht keine Fallakten, nur die an sie gerichteten Anfragen. Diese finden Sie in Ihren Aufgaben.",
                KimRole.Administrator => "Administratoren sehen keine Falldaten, nur das Zugriffsprotokoll.",
                _ => "Diese Rolle hat keinen Zugriff auf Fallakten.",
            };
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        Result = await cases.ListAsync(user, new CaseListFilter(Phase, OverdueOnly, string.IsNullOrWhiteSpace(Responsible) ? null : Responsible.Trim(), PageNumber), cancellationToken);
        return Page();
    }

    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["phase"] = Phase?.ToString(),
        ["ueberfaellig"] = OverdueOnly ? "true" : null,
        ["zustaendig"] = Responsible,
        ["seite"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => p.Value is not null)).ToString();
}
