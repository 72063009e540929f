using Kim.Workflows.Application.Cases;
using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Districts;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Domain.Time;
using Kim.Workflows.Web.Auth;
using Kim.Workflows.Web.Cases;
using Kim.Workflows.Web.Privacy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kim.Workflows.Web.Pages.Cases;

/// <summary>
/// <c>/faelle/neu</c>: a case manager opens a case (minimal data). The municipality routes it to its district; the case
/// manager takes it herself (then only in her own district) or leaves it to the district team's inbox. The cycle starts
/// at once; the user lands on the new file (or on the list, when the case went to another district's team).
/// </summary>
[Authorize(Policy = CasePolicies.Intake)]
public sealed class NeuModel(CaseWorkflowService workflows, DistrictRouter router, AccessLog log, CaseAccessPolicy policy, KimDbContext db, TimeProvider time) : PageModel
{
    [BindProperty]
    public IntakeForm Fall { get; set; } = new();

    public IReadOnlyList<string> Municipalities => router.MunicipalityNames;

    public string? Message { get; private set; }

    public void OnGet(string? uebergeben) =>
        Message = uebergeben is null ? null : $"Der Fall {uebergeben} ist angelegt und liegt im Eingang des zuständigen Bezirksteams.";

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = User.ToKimUser();
        var today = KimCalendar.DateOf(time.GetUtcNow());
        DistrictRoute? route = null;
        if (!string.IsNullOrWhiteSpace(Fall.Gemeinde))
        {
            if (router.TryRoute(Fall.Gemeinde, out var found))
            {
                route = found;
            }
            else
            {
                ModelState.AddModelError("Fall.Gemeinde", "Diese Gemeinde gehört nicht zum Kreis Warendorf.");
            }
        }

        if (Fall.Geburtsdatum is { } birth && (birth > today || birth < today.AddYears(-120)))
        {
            ModelState.AddModelError("Fall.Geburtsdatum", "Das Geburtsdatum ist nicht plausibel.");
        }

        if (Fall.Dolmetschbedarf && string.IsNullOrWhiteSpace(Fall.Dolmetschsprache))
        {
            ModelState.AddModelError("Fall.Dolmetschsprache", "Bitte die Sprache für die Dolmetschung angeben.");
        }

        if (Fall.Rechtskreise.Contains(Rechtskreis.Keiner) && Fall.Rechtskreise.Count > 1)
        {
            ModelState.AddModelError("Fall.Rechtskreise", "„keiner“ schließt die anderen Rechtskreise aus.");
        }

        if (route is not null && Fall.SelbstUebernehmen && !user.DistrictIds.Contains(route.DistrictId))
        {
            ModelState.AddModelError("Fall.SelbstUebernehmen",
                $"{route.MunicipalityName} gehört zum Bezirk {route.DistrictName}, für den Sie nicht zuständig sind. Lassen Sie den Fall vom dortigen Team übernehmen.");
        }

        if (!ModelState.IsValid || route is null)
        {
            return Page();
        }

        var request = new NewCaseRequest
        {
            Municipality = route.MunicipalityId,
            GivenName = Fall.Vorname!.Trim(),
            FamilyName = Fall.Nachname!.Trim(),
            BirthDate = Fall.Geburtsdatum,
            Languages = [.. (Fall.Sprachen ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            InterpreterNeeded = Fall.Dolmetschbedarf,
            InterpreterLanguage = Fall.Dolmetschbedarf ? Fall.Dolmetschsprache?.Trim() : null,
            Phone = Clean(Fall.Telefon),
            Email = Clean(Fall.Email),
            Aufenthaltsstatus = Fall.Aufenthaltsstatus,
            AufenthaltsstatusValidUntil = Fall.AufenthaltGueltigBis,
            ReferralSource = Fall.Zugang,
            LegalDomains = Fall.Rechtskreise.Aggregate(Rechtskreis.Keiner, (all, one) => all | one),
            ResponsibleCaseManager = Fall.SelbstUebernehmen ? user.UserName : null,
        };
        var (file, _) = await workflows.IntakeAsync(request, User.UserId(), cancellationToken);
        log.Record(user, AccessAction.Create, file.Id, file.CaseNumber, "Fallakte angelegt");
        await db.SaveChangesAsync(cancellationToken);
        return policy.CanReadCase(user, CaseAccessFacts.Of(file)).Allowed
            ? Redirect($"/faelle/{file.Id}")
            : Redirect($"/faelle/neu?uebergeben={Uri.EscapeDataString(file.CaseNumber)}");
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
