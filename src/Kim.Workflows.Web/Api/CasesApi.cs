using Kim.Workflows.Application.Cases;
using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Clients;
using Kim.Workflows.Domain.Districts;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Domain.Time;
using Kim.Workflows.Web.Api.Rules;
using Kim.Workflows.Web.Auth;
using Kim.Workflows.Web.Cases;
using Kim.Workflows.Web.Privacy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kim.Workflows.Web.Api;

/// <summary>
/// Case files (<c>/api/cases</c>), under the same rules as the case pages: <see cref="CaseAccessPolicy"/> decides per file through
/// <see cref="CaseFileService"/>, every read and change writes an access-log entry, a refusal answers 403 with the policy's reason
/// (and is logged), an unknown case 404. <c>{id}</c> is the file's id or its case number.
/// <list type="bullet">
/// <item>POST /                                                intake (Fallmanagement): opens the file, starts the cycle; routed by municipality</item>
/// <item>GET  /                                                the cases the caller may see (phase, overdue, responsible, page)</item>
/// <item>GET  /{id}                                            summary: phase, dates, conferences, consultations, consents; no client data</item>
/// <item>POST /{id}/fallkonferenzen                            plan a Fallkonferenz (consent check and invitations follow)</item>
/// <item>POST /{id}/fallkonferenzen/{conferenceId}/verschiebung new date once the invitations are out (updated invitations)</item>
/// <item>POST /{id}/fallkonferenzen/{conferenceId}/absage       call it off (iCalendar CANCEL to the invited partners)</item>
/// <item>POST /{id}/konsultationen                             ask the ABH or the Einbürgerungsbehörde</item>
/// <item>POST /{id}/einwilligungen                             record a Schweigepflichtentbindung (<see cref="ConsentService"/>)</item>
/// <item>POST /{id}/einwilligungen/{consentId}/widerruf         revoke it at once (also on closed files)</item>
/// <item>POST /{id}/assessments                                record an Assessment / Re-Assessment (<see cref="AssessmentService"/>)</item>
/// <item>GET  /{id}/assessments                                the assessments with their life areas (client data, logged)</item>
/// <item>POST /{id}/goals · PUT /{id}/goals/{goalId}            set or rate an Ergebnisziel (<see cref="GoalService"/>; PUT names the version)</item>
/// <item>POST /{id}/goals/{goalId}/handlungsziele · PUT …/{stepId} add or change a Handlungsziel</item>
/// <item>POST /{id}/zielvereinbarungen                         conclude a Zielvereinbarung over open goals (<see cref="ZielvereinbarungService"/>)</item>
/// <item>POST /{id}/services · PUT /{id}/services/{serviceId}   Leistungssteuerung (<see cref="ServiceReferralService"/>)</item>
/// </list>
/// Starting work needs the cycle in active case management (409 otherwise). API keys meet the rules through the districts of their
/// groups (<c>cm-sued</c>: the Südkreis team), never as the responsible case manager (see <see cref="CandidateGroups.DistrictsOf"/>).
/// </summary>
public static partial class CasesApi
{
    private const string UnknownCase = "Diese Fallakte gibt es nicht.";

    public static RouteGroupBuilder MapCasesApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/cases")
            .WithTags("Fälle")
            .RequireAuthorization(CasePolicies.Cases)
            .WithKimApiProtection();

        api.MapPost("/", IntakeAsync).WithName("CreateCase").RequireAuthorization(CasePolicies.Intake);
        api.MapGet("/", ListAsync).WithName("ListCases");
        api.MapGet("/{id}", GetAsync).WithName("GetCase");
        MapConferences(api);
        MapConsultations(api);
        MapConsents(api);
        MapAssessments(api);
        MapGoals(api);
        MapServices(api);
        return api;
    }

    private static async Task<Results<Created<CaseCreated>, Accepted<CaseCreated>, ProblemHttpResult>> IntakeAsync(
        CaseIntakeRequest request, HttpContext http, CaseWorkflowService workflows, DistrictRouter router, AccessLog log, CaseAccessPolicy policy,
        KimDbContext db, TimeProvider time, CancellationToken ct)
    {
        var user = http.User.ToKimUser(KimRole.CaseManager);
        var today = KimCalendar.DateOf(time.GetUtcNow());
        var errors = new FieldErrors();
        errors.Text("givenName", request.GivenName, 100, "Bitte den Vornamen angeben.", "Der Vorname darf höchstens 100 Zeichen lang sein.");
        errors.Text("familyName", request.FamilyName, 100, "Bitte den Nachnamen angeben.", "Der Nachname darf höchstens 100 Zeichen lang sein.");
        DistrictRoute? route = null;
        if (string.IsNullOrWhiteSpace(request.Municipality))
        {
            errors.Add("municipality", "Bitte die Gemeinde angeben.");
        }
        else if (router.TryRoute(request.Municipality.Trim(), out var found))
        {
            route = found;
        }
        else
        {
            errors.Add("municipality", $"Diese Gemeinde gehört nicht zum Kreis Warendorf. Möglich: {string.Join(", ", router.MunicipalityNames)}.");
        }

        if (request.BirthDate is { } birth && (birth > today || birth < today.AddYears(-120)))
        {
            errors.Add("birthDate", "Das Geburtsdatum ist nicht plausibel.");
        }

        var referral = errors.Enum("referralSource", request.ReferralSource, ReferralSource.Selbstmeldung, "Unbekannter Zugangsweg");
        var residence = errors.Enum("residenceStatus", request.ResidenceStatus, Aufenthaltsstatus.Unbekannt, "Unbekannter Aufenthaltsstatus");
        var domains = Rechtskreis.Keiner;
        var domainNames = request.LegalDomains ?? [];
        foreach (var name in domainNames)
        {
            domains |= errors.Enum("legalDomains", name, Rechtskreis.Keiner, "Unbekannter Rechtskreis");
        }

        if (domainNames.Any(n => string.Equals(n?.Trim(), nameof(Rechtskreis.Keiner), StringComparison.OrdinalIgnoreCase)) && domainNames.Count > 1)
        {
            errors.Add("legalDomains", "„keiner“ schließt die anderen Rechtskreise aus.");
        }

        if (request.InterpreterNeeded && string.IsNullOrWhiteSpace(request.InterpreterLanguage))
        {
            errors.Add("interpreterLanguage", "Bitte die Sprache für die Dolmetschung angeben.");
        }

        errors.Optional("interpreterLanguage", request.InterpreterLanguage, 100, "Die Dolmetschsprache darf höchstens 100 Zeichen lang sein.");
        errors.Optional("phone", request.Phone, 50, "Die Telefonnummer darf höchstens 50 Zeichen lang sein.");
        if (!string.IsNullOrWhiteSpace(request.Phone) && !request.Phone.All(c => char.IsAsciiDigit(c) || "+()/ -".Contains(c)))
        {
            errors.Add("phone", "Die Telefonnummer darf nur Ziffern, Leerzeichen und + ( ) / - enthalten.");
        }

        errors.Optional("email", request.Email, 200, "Die E-Mail-Adresse darf höchstens 200 Zeichen lang sein.");
        if (!string.IsNullOrWhiteSpace(request.Email) && !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(request.Email.Trim()))
        {
            errors.Add("email", "Bitte eine gültige E-Mail-Adresse angeben.");
        }

        var languages = (request.Languages ?? []).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Trim()).ToList();
        if (languages.Sum(l => l.Length + 2) > 300)
        {
            errors.Add("languages", "Die Sprachen dürfen zusammen höchstens 300 Zeichen lang sein.");
        }

        // A person takes the case herself by default (as on the page); a key has no person behind it and leaves it to the team.
        var takeOver = request.TakeOver ?? !http.User.IsApiKey();
        if (takeOver && http.User.IsApiKey())
        {
            errors.Add("takeOver", "Ein API-Schlüssel kann einen Fall nicht selbst übernehmen: der Fall wartet im Eingang des Bezirksteams.");
        }
        else if (takeOver && route is not null && !user.DistrictIds.Contains(route.DistrictId))
        {
            errors.Add("takeOver",
                $"{route.MunicipalityName} gehört zum Bezirk {route.DistrictName}, für den Sie nicht zuständig sind. Lassen Sie den Fall vom dortigen Team übernehmen.");
        }

        if (errors.Any || route is null)
        {
            return errors.Problem("Der Fall wurde nicht angelegt.");
        }

        var (file, _) = await workflows.IntakeAsync(new NewCaseRequest
        {
            Municipality = route.MunicipalityId,
            GivenName = request.GivenName!.Trim(),
            FamilyName = request.FamilyName!.Trim(),
            BirthDate = request.BirthDate,
            Languages = languages,
            InterpreterNeeded = request.InterpreterNeeded,
            InterpreterLanguage = request.InterpreterNeeded ? request.InterpreterLanguage?.Trim() : null,
            Phone = Clean(request.Phone),
            Email = Clean(request.Email),
            Aufenthaltsstatus = residence,
            AufenthaltsstatusValidUntil = request.ResidenceValidUntil,
            ReferralSource = referral,
            LegalDomains = domains,
            ResponsibleCaseManager = takeOver ? user.UserName : null,
        }, http.User.UserId(), ct);
        log.Record(user, AccessAction.Create, file.Id, file.CaseNumber, "Fallakte angelegt");
        await db.SaveChangesAsync(ct);
        var visible = policy.CanReadCase(user, CaseAccessFacts.Of(file)).Allowed;
        var created = new CaseCreated(visible ? file.Id : null, file.CaseNumber, route.DistrictId, route.DistrictName, file.ResponsibleCaseManager, visible);
        // Another district's case: created, but not for the caller to see (202 without a location).
        return visible ? TypedResults.Created($"/api/cases/{file.Id}", created) : TypedResults.Accepted((string?)null, created);
    }

    private static async Task<Results<Ok<CaseListResponse>, ProblemHttpResult>> ListAsync(
        HttpContext http, CaseListQuery cases, string? phase, bool? overdue, string? responsible, int? page, int? pageSize, CancellationToken ct)
    {
        var user = http.User.ToKimUser();
        if (user.Role != KimRole.CaseManager)
        {
            return ApiProblems.Forbidden(user.Role switch
            {
                KimRole.Coordination => "Die Koordination sieht keine einzelnen Fallakten, sondern nur zusammengefasste Zahlen je Bezirk (/controlling).",
                KimRole.Auslaenderbehoerde or KimRole.Einbuergerungsbehoerde => "Die Behörde sieht keine Fallakten, nur die an sie gerichteten Anfragen (/api/tasks).",
                KimRole.Administrator => "Administratoren sehen keine Falldaten, nur das Zugriffsprotokoll.",
                _ => "Diese Rolle hat keinen Zugriff auf Fallakten.",
            });
        }

        var errors = new FieldErrors();
        CasePhase? phaseFilter = string.IsNullOrWhiteSpace(phase) ? null : errors.Enum("phase", phase, CasePhase.Zugangssteuerung, "Unbekannte Phase");
        var pageNumber = PagingRule.Page(errors, page);
        var size = PagingRule.Size(errors, pageSize, fallback: 25, max: CaseListQuery.MaxPageSize, "pageSize");
        if (errors.Any)
        {
            return errors.Problem("Die Liste kann so nicht gefiltert werden.");
        }

        var result = await cases.ListAsync(user, new CaseListFilter(phaseFilter, overdue == true, string.IsNullOrWhiteSpace(responsible) ? null : responsible.Trim(),
            pageNumber, size), ct);
        return TypedResults.Ok(new CaseListResponse(
            [.. result.Items.Select(i => new CaseListEntry(i.Id, i.CaseNumber, i.Municipality, i.Phase, i.Responsible, i.Deputy, i.NextReassessmentDue, i.ReassessmentOverdue))],
            result.Total, result.Page, result.PageSize));
    }

    private static async Task<Results<Ok<CaseSummary>, ProblemHttpResult>> GetAsync(
        string id, HttpContext http, CaseFileService files, TimeProvider time, CancellationToken ct)
    {
        if (await files.FindIdAsync(id, ct) is not { } caseId)
        {
            return ApiProblems.NotFound(UnknownCase);
        }

        var read = await files.ReadAsync(http.User.ToKimUser(), caseId, ct);
        return read.Status switch
        {
            CaseFileReadStatus.Found => TypedResults.Ok(CaseSummaries.Of(read, time.GetUtcNow())),
            CaseFileReadStatus.Denied => ApiProblems.Forbidden(read.Reason ?? "Kein Zugriff auf diese Fallakte."),
            _ => ApiProblems.NotFound(UnknownCase),
        };
    }

    /// <summary>The access check of an action on a file (logged when refused): the case number, or the problem to answer.</summary>
    private static async Task<(string? CaseNumber, Guid CaseId, ProblemHttpResult? Problem)> CheckAsync(
        string id, HttpContext http, CaseFileService files, string what, CancellationToken ct)
    {
        if (await files.FindIdAsync(id, ct) is not { } caseId || await files.CheckAsync(http.User.ToKimUser(), caseId, what, ct) is not { } check)
        {
            return (null, Guid.Empty, ApiProblems.NotFound(UnknownCase));
        }

        return check.Decision.Allowed
            ? (check.CaseNumber, caseId, null)
            : (null, caseId, ApiProblems.Forbidden(check.Decision.Reason ?? "Kein Zugriff auf diese Fallakte."));
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
