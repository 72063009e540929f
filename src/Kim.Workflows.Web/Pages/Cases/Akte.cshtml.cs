using Kim.Workflows.Application.Cases;
using Kim.Workflows.Application.Partners;
using Kim.Workflows.Domain.Assessment;
using Kim.Workflows.Domain.Consents;
using Kim.Workflows.Domain.Consultations;
using Kim.Workflows.Domain.Partners;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Domain.Time;
using Kim.Workflows.Web.Auth;
using Kim.Workflows.Web.Cases;
using Kim.Workflows.Web.Privacy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Web.Pages.Cases;

/// <summary>
/// <c>/faelle/{id}</c> (or the case number, for links in mails): the case file with its timeline, a note form and the
/// buttons that start a Fallkonferenz or a consultation in the running cycle. Every read is written to the access log;
/// a file the user may not see gives a 403 page with the reason, an unknown one 404.
/// </summary>
[Authorize(Policy = CasePolicies.Cases)]
public sealed class AkteModel(CaseFileService files, CaseTimelineQuery timelines, CaseWorkflowService workflows, KimDbContext db, TimeProvider time) : PageModel
{
    public CaseFileRead? Read { get; private set; }

    public CaseTimeline? Timeline { get; private set; }

    public IReadOnlyList<PartnerOrganisation> Directory { get; private set; } = [];

    [BindProperty]
    public ConferenceForm Konferenz { get; set; } = new();

    [BindProperty]
    public ConsultationForm Konsultation { get; set; } = new();

    [BindProperty]
    public NoteForm Notiz { get; set; } = new();

    public string? Message { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>Which form to open after a failed post (fallkonferenz, konsultation).</summary>
    public string? OpenForm { get; private set; }

    public DateTimeOffset Now { get; private set; }

    public DateOnly Today { get; private set; }

    public Guid Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(string key, string? gestartet, CancellationToken cancellationToken)
    {
        Message = gestartet switch
        {
            "fallkonferenz" => "Die Fallkonferenz ist gestartet: Einwilligungen werden geprüft, dann gehen die Einladungen hinaus.",
            "konsultation" => "Die Anfrage ist gestartet. Sie finden die Aufgabe „Anfrage formulieren“ in Ihren Aufgaben.",
            "notiz" => "Die Notiz ist gespeichert.",
            _ => null,
        };
        return await ShowAsync(key, cancellationToken);
    }

    public async Task<IActionResult> OnPostNotizAsync(string key, CancellationToken cancellationToken)
    {
        if (await IdOfAsync(key, cancellationToken) is not { } id)
        {
            return NotFound();
        }

        if (!Only(nameof(Notiz)))
        {
            return await ShowAsync(key, cancellationToken);
        }

        var decision = await files.AddNoteAsync(User.ToKimUser(), id, Notiz.Text!, cancellationToken);
        return decision.Allowed ? Redirect($"/faelle/{id}?gestartet=notiz") : Refused(decision.Reason);
    }

    public async Task<IActionResult> OnPostFallkonferenzAsync(string key, CancellationToken cancellationToken)
    {
        OpenForm = "fallkonferenz";
        if (await IdOfAsync(key, cancellationToken) is not { } id)
        {
            return NotFound();
        }

        var user = User.ToKimUser();
        if (await files.CheckAsync(user, id, "Fallkonferenz starten", cancellationToken) is not { } check)
        {
            return NotFound();
        }

        if (!check.Decision.Allowed)
        {
            return Refused(check.Decision.Reason);
        }

        var valid = Only(nameof(Konferenz));
        var today = KimCalendar.DateOf(time.GetUtcNow());
        if (Konferenz.Datum is { } date && date < today)
        {
            ModelState.AddModelError("Konferenz.Datum", "Das Datum darf nicht in der Vergangenheit liegen.");
            valid = false;
        }

        if (string.IsNullOrWhiteSpace(Konferenz.Ort) && string.IsNullOrWhiteSpace(Konferenz.VideoLink))
        {
            ModelState.AddModelError("Konferenz.Ort", "Bitte einen Ort oder einen Video-Link angeben.");
            valid = false;
        }

        if (Konferenz.Partner.Count == 0)
        {
            ModelState.AddModelError("Konferenz.Partner", "Bitte mindestens einen Partner aus dem Verzeichnis auswählen.");
            valid = false;
        }

        if (Konferenz.Datenkategorien.Count == 0)
        {
            ModelState.AddModelError("Konferenz.Datenkategorien", "Bitte die Datenkategorien angeben, die besprochen werden.");
            valid = false;
        }

        if (!valid)
        {
            return await ShowAsync(key, cancellationToken);
        }

        var plan = new FallkonferenzPlan(Konferenz.Anlass!.Trim(), Konferenz.Datum!.Value, Konferenz.Uhrzeit!.Value, Konferenz.Dauer,
            Clean(Konferenz.Ort), Clean(Konferenz.VideoLink), Konferenz.Tagesordnung!.Trim(), Konferenz.Partner, Konferenz.Datenkategorien, Konferenz.KlientNimmtTeil);
        var result = await workflows.StartFallkonferenzAsync(check.CaseNumber, plan, User.UserId(), cancellationToken);
        return await AfterStartAsync(key, id, check.CaseNumber, result.Matched, "Fallkonferenz gestartet", "fallkonferenz", cancellationToken);
    }

    public async Task<IActionResult> OnPostKonsultationAsync(string key, CancellationToken cancellationToken)
    {
        OpenForm = "konsultation";
        if (await IdOfAsync(key, cancellationToken) is not { } id)
        {
            return NotFound();
        }

        var user = User.ToKimUser();
        if (await files.CheckAsync(user, id, "Anfrage ABH/EBH starten", cancellationToken) is not { } check)
        {
            return NotFound();
        }

        if (!check.Decision.Allowed)
        {
            return Refused(check.Decision.Reason);
        }

        var valid = Only(nameof(Konsultation));
        var abh = Konsultation.Behoerde == Authority.Auslaenderbehoerde;
        if (abh == (Konsultation.Thema == ConsultationTopic.Einbuergerung10StAG))
        {
            ModelState.AddModelError("Konsultation.Thema", abh
                ? "Die Einbürgerungs-Vorprüfung (§ 10 StAG) geht an die Einbürgerungsbehörde."
                : "Die Einbürgerungsbehörde prüft nur die Einbürgerung (§ 10 StAG).");
            valid = false;
        }

        if (!valid)
        {
            return await ShowAsync(key, cancellationToken);
        }

        var result = await workflows.StartConsultationAsync(check.CaseNumber, new ConsultationRequest(Konsultation.Behoerde, Konsultation.Thema, Clean(Konsultation.Frage)),
            User.UserId(), cancellationToken);
        return await AfterStartAsync(key, id, check.CaseNumber, result.Matched, $"Anfrage {CaseLabels.Authority(Konsultation.Behoerde)} gestartet", "konsultation", cancellationToken);
    }

    /// <summary>
    /// Per life area its latest rating and the day of that assessment: a re-assessment that left an area out does not make the
    /// earlier rating disappear from the file's overview.
    /// </summary>
    public IReadOnlyList<(LebensbereichAssessment Area, DateOnly On)> LatestAreas => Read?.File is not { } file ? []
        : [.. file.Assessments.SelectMany(a => a.Areas.Select(area => (Area: area, On: a.AssessedOn)))
            .GroupBy(x => x.Area.Lebensbereich).OrderBy(g => g.Key).Select(g => g.OrderByDescending(x => x.On).First())];

    public string PartnerName(Guid id) => Read?.Partners.TryGetValue(id, out var p) == true ? p.Name : "unbekannter Partner";

    public static IReadOnlyList<DataCategory> ConferenceCategories { get; } =
    [
        DataCategory.Stammdaten, DataCategory.Kontaktdaten, DataCategory.Aufenthalt, DataCategory.Sprache, DataCategory.BildungAnerkennung,
        DataCategory.Arbeit, DataCategory.Wohnen, DataCategory.Finanzen, DataCategory.FamilieSchuleKita, DataCategory.Teilhabe, DataCategory.Sozialleistungen,
        DataCategory.Gesundheit,
    ];

    public static string CategoryId(DataCategory category) => category.ToString().ToLowerInvariant();

    private async Task<IActionResult> AfterStartAsync(string key, Guid id, string caseNumber, bool matched, string what, string started, CancellationToken cancellationToken)
    {
        if (!matched)
        {
            Problem = "Das ist nur während des aktiven Fallmanagements möglich (ab dem Assessment, vor dem Abschluss). Es wurde nichts gestartet.";
            return await ShowAsync(key, cancellationToken);
        }

        await files.LogChangeAsync(User.ToKimUser(), id, caseNumber, what, cancellationToken);
        return Redirect($"/faelle/{id}?gestartet={started}");
    }

    private async Task<IActionResult> ShowAsync(string key, CancellationToken cancellationToken)
    {
        if (await IdOfAsync(key, cancellationToken) is not { } id)
        {
            return NotFound();
        }

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

        Timeline = await timelines.LoadAsync(Read.File!.CaseNumber, cancellationToken);
        Directory = await db.Partners.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.Kind).ThenBy(p => p.Name).ToListAsync(cancellationToken);
        return Page();
    }

    private PageResult Refused(string? reason)
    {
        Problem = reason ?? "Kein Zugriff auf diese Fallakte.";
        Read = null;
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }

    private Task<Guid?> IdOfAsync(string key, CancellationToken cancellationToken) => files.FindIdAsync(key, cancellationToken);

    /// <summary>Keeps the validation of one form only (all three are bound on every post).</summary>
    private bool Only(string prefix)
    {
        foreach (var other in ModelState.Keys.Where(k => !k.StartsWith(prefix + ".", StringComparison.Ordinal) && k != prefix).ToList())
        {
            ModelState.Remove(other);
        }

        return ModelState.IsValid;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
