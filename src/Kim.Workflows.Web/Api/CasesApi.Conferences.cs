using System.Globalization;
using Kim.Workflows.Application.Cases;
using Kim.Workflows.Application.Partners;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Domain.Time;
using Kim.Workflows.Runtime;
using Kim.Workflows.Web.Auth;
using Kim.Workflows.Web.Privacy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Web.Api;

/// <summary>Fallkonferenzen of a case: plan (as the case-file form), reschedule and cancel (the messages of <c>fallkonferenz.bpmn</c>).</summary>
public static partial class CasesApi
{
    private const string NotActive = "Das ist nur während des aktiven Fallmanagements möglich (ab dem Assessment, vor dem Abschluss). Es wurde nichts gestartet.";

    private static void MapConferences(RouteGroupBuilder api)
    {
        api.MapPost("/{id}/fallkonferenzen", PlanConferenceAsync).WithName("PlanConference");
        api.MapPost("/{id}/fallkonferenzen/{conferenceId:guid}/verschiebung", RescheduleConferenceAsync).WithName("RescheduleConference");
        api.MapPost("/{id}/fallkonferenzen/{conferenceId:guid}/absage", CancelConferenceAsync).WithName("CancelConference");
    }

    private static async Task<Results<Created<CaseWorkStarted>, ProblemHttpResult>> PlanConferenceAsync(
        string id, ConferencePlanRequest request, HttpContext http, CaseFileService files, CaseWorkflowService workflows, KimDbContext db, TimeProvider time,
        CancellationToken ct)
    {
        var (caseNumber, caseId, problem) = await CheckAsync(id, http, files, "Fallkonferenz starten", ct);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new FieldErrors();
        errors.Text("occasion", request.Occasion, 500, "Bitte den Anlass angeben.", "Der Anlass darf höchstens 500 Zeichen lang sein.");
        ValidateDate(errors, request.Date, request.Time, time);
        var duration = request.DurationMinutes ?? 90;
        if (duration is < 15 or > 480)
        {
            errors.Add("durationMinutes", "Die Dauer muss zwischen 15 und 480 Minuten liegen.");
        }

        errors.Optional("location", request.Location, 300, "Der Ort darf höchstens 300 Zeichen lang sein.");
        errors.Optional("videoLink", request.VideoLink, 500, "Der Video-Link darf höchstens 500 Zeichen lang sein.");
        if (!string.IsNullOrWhiteSpace(request.VideoLink)
            && !(Uri.TryCreate(request.VideoLink.Trim(), UriKind.Absolute, out var link) && link.Scheme is "https" or "http"))
        {
            errors.Add("videoLink", "Der Video-Link muss eine vollständige Adresse sein (https://…).");
        }

        if (string.IsNullOrWhiteSpace(request.Location) && string.IsNullOrWhiteSpace(request.VideoLink))
        {
            errors.Add("location", "Bitte einen Ort oder einen Video-Link angeben.");
        }

        errors.Text("agenda", request.Agenda, 4000, "Bitte die Tagesordnung angeben (mindestens 3 Zeichen).", "Die Tagesordnung darf höchstens 4000 Zeichen lang sein.", minLength: 3);
        var partnerIds = (request.PartnerIds ?? []).Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (partnerIds.Count == 0)
        {
            errors.Add("partnerIds", "Bitte mindestens einen Partner aus dem Verzeichnis auswählen.");
        }
        else
        {
            var unknown = (await PartnerDirectory.ResolveAsync(db, partnerIds, ct)).Where(p => p.Value is null).Select(p => p.Key).ToList();
            if (unknown.Count > 0)
            {
                errors.Add("partnerIds", $"Nicht im Partnerverzeichnis: {string.Join(", ", unknown)}.");
            }
        }

        var categories = (request.DataCategories ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).ToList();
        if (categories.Count == 0)
        {
            errors.Add("dataCategories", "Bitte die Datenkategorien angeben, die besprochen werden.");
        }
        else if (DataCategoryNames.Parse(categories).Unknown is { Count: > 0 } unknownCategories)
        {
            errors.Add("dataCategories", $"Unbekannte Datenkategorie(n): {string.Join(", ", unknownCategories)}.");
        }

        if (errors.Any)
        {
            return errors.Problem("Die Fallkonferenz wurde nicht geplant.");
        }

        var plan = new FallkonferenzPlan(request.Occasion!.Trim(), request.Date!.Value, request.Time!.Value, duration, Clean(request.Location), Clean(request.VideoLink),
            request.Agenda!.Trim(), partnerIds, categories, request.ClientAttends);
        var result = await workflows.StartFallkonferenzAsync(caseNumber!, plan, http.User.UserId(), ct);
        if (!result.Matched)
        {
            return ApiProblems.Conflict(NotActive);
        }

        await files.LogChangeAsync(http.User.ToKimUser(), caseId, caseNumber!, "Fallkonferenz gestartet", ct);
        return TypedResults.Created($"/api/cases/{caseId}", new CaseWorkStarted(plan.ConferenceId, caseNumber!, $"/api/cases/{caseId}"));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RescheduleConferenceAsync(
        string id, Guid conferenceId, ConferenceRescheduleRequest request, HttpContext http, CaseFileService files, KimDbContext db, WorkflowRuntime runtime,
        TimeProvider time, CancellationToken ct)
    {
        var (caseNumber, caseId, problem) = await CheckAsync(id, http, files, "Fallkonferenz verschieben", ct);
        if (problem is not null)
        {
            return problem;
        }

        if (!await db.Conferences.AnyAsync(c => c.Id == conferenceId && c.CaseId == caseId, ct))
        {
            return ApiProblems.NotFound("Diese Fallkonferenz gibt es in der Fallakte nicht.");
        }

        var errors = new FieldErrors();
        ValidateDate(errors, request.Date, request.Time, time);
        errors.Text("reason", request.Reason, 500, "Bitte den Grund der Verschiebung angeben (er steht in der Änderungsmitteilung).", "Der Grund darf höchstens 500 Zeichen lang sein.");
        if (errors.Any)
        {
            return errors.Problem("Die Fallkonferenz wurde nicht verschoben.");
        }

        return await ConferenceMessageAsync(http, files, runtime, caseId, caseNumber!, conferenceId, "Fallkonferenz_Verschoben", new Dictionary<string, object?>
        {
            ["conferenceDate"] = request.Date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["conferenceTime"] = request.Time!.Value.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["aenderungsgrund"] = request.Reason!.Trim(),
        }, "Fallkonferenz verschoben", "verschoben", ct);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> CancelConferenceAsync(
        string id, Guid conferenceId, ConferenceCancelRequest request, HttpContext http, CaseFileService files, KimDbContext db, WorkflowRuntime runtime,
        CancellationToken ct)
    {
        var (caseNumber, caseId, problem) = await CheckAsync(id, http, files, "Fallkonferenz absagen", ct);
        if (problem is not null)
        {
            return problem;
        }

        if (!await db.Conferences.AnyAsync(c => c.Id == conferenceId && c.CaseId == caseId, ct))
        {
            return ApiProblems.NotFound("Diese Fallkonferenz gibt es in der Fallakte nicht.");
        }

        var errors = new FieldErrors();
        errors.Text("reason", request.Reason, 500, "Bitte den Grund der Absage angeben (er steht in der Absage an die Partner).", "Der Grund darf höchstens 500 Zeichen lang sein.");
        if (errors.Any)
        {
            return errors.Problem("Die Fallkonferenz wurde nicht abgesagt.");
        }

        return await ConferenceMessageAsync(http, files, runtime, caseId, caseNumber!, conferenceId, "Fallkonferenz_Abgesagt",
            new Dictionary<string, object?> { ["absagegrund"] = request.Reason!.Trim() }, "Fallkonferenz abgesagt", "abgesagt", ct);
    }

    /// <summary>Delivers a message to this conference's workflow (correlated by <c>conferenceId</c>); 409 when it does not wait for it.</summary>
    private static async Task<Results<NoContent, ProblemHttpResult>> ConferenceMessageAsync(
        HttpContext http, CaseFileService files, WorkflowRuntime runtime, Guid caseId, string caseNumber, Guid conferenceId, string message,
        Dictionary<string, object?> variables, string what, string verb, CancellationToken ct)
    {
        var result = await runtime.CorrelateMessageAsync(message, caseNumber, new Dictionary<string, object?> { ["conferenceId"] = conferenceId.ToString() },
            variables, http.User.UserId(), ct);
        if (!result.Matched)
        {
            return ApiProblems.Conflict($"Die Fallkonferenz kann jetzt nicht {verb} werden: das geht nur, solange sie vorbereitet wird (nach dem Versand der Einladungen, vor der Durchführung).");
        }

        await files.LogChangeAsync(http.User.ToKimUser(), caseId, caseNumber, what, ct);
        return TypedResults.NoContent();
    }

    private static void ValidateDate(FieldErrors errors, DateOnly? date, TimeOnly? start, TimeProvider time)
    {
        if (date is null)
        {
            errors.Add("date", "Bitte das Datum angeben.");
        }
        else if (date < KimCalendar.DateOf(time.GetUtcNow()))
        {
            errors.Add("date", "Das Datum darf nicht in der Vergangenheit liegen.");
        }

        if (start is null)
        {
            errors.Add("time", "Bitte die Uhrzeit angeben.");
        }
    }
}
