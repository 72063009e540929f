using Kim.Workflows.Application.Cases;
using Kim.Workflows.Domain.Consultations;
using Kim.Workflows.Web.Auth;
using Kim.Workflows.Web.Cases;
using Kim.Workflows.Web.Privacy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kim.Workflows.Web.Api;

/// <summary>Consultations of the ABH or the Einbürgerungsbehörde from a case (as the case-file form).</summary>
public static partial class CasesApi
{
    private static void MapConsultations(RouteGroupBuilder api) =>
        api.MapPost("/{id}/konsultationen", StartConsultationAsync).WithName("StartConsultation");

    private static async Task<Results<Created<CaseWorkStarted>, ProblemHttpResult>> StartConsultationAsync(
        string id, ConsultationStartRequest request, HttpContext http, CaseFileService files, CaseWorkflowService workflows, CancellationToken ct)
    {
        var (caseNumber, caseId, problem) = await CheckAsync(id, http, files, "Anfrage ABH/EBH starten", ct);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new FieldErrors();
        Authority? authority = request.Authority?.Trim().ToLowerInvariant() switch
        {
            "abh" or "auslaenderbehoerde" => Authority.Auslaenderbehoerde,
            "ebh" or "einbuergerungsbehoerde" => Authority.Einbuergerungsbehoerde,
            _ => null,
        };
        if (authority is null)
        {
            errors.Add("authority", "Bitte die Behörde angeben: abh (Ausländerbehörde) oder ebh (Einbürgerungsbehörde).");
        }

        ConsultationTopic? topic = request.Topic?.Trim().ToLowerInvariant() switch
        {
            null or "" => authority == Authority.Einbuergerungsbehoerde ? ConsultationTopic.Einbuergerung10StAG : ConsultationTopic.Sonstige,
            "25a" => ConsultationTopic.Bleiberecht25a,
            "25b" => ConsultationTopic.Bleiberecht25b,
            "10stag" => ConsultationTopic.Einbuergerung10StAG,
            "sonstige" => ConsultationTopic.Sonstige,
            _ => null,
        };
        if (topic is null)
        {
            errors.Add("topic", "Unbekanntes Thema. Erlaubt: 25a, 25b, sonstige (Ausländerbehörde) oder 10stag (Einbürgerungsbehörde).");
        }
        else if (authority is { } a && (a == Authority.Auslaenderbehoerde) == (topic == ConsultationTopic.Einbuergerung10StAG))
        {
            errors.Add("topic", a == Authority.Auslaenderbehoerde
                ? "Die Einbürgerungs-Vorprüfung (§ 10 StAG) geht an die Einbürgerungsbehörde."
                : "Die Einbürgerungsbehörde prüft nur die Einbürgerung (§ 10 StAG).");
        }

        errors.Optional("question", request.Question, 4000, "Die Frage darf höchstens 4000 Zeichen lang sein.");
        if (errors.Any)
        {
            return errors.Problem("Die Anfrage wurde nicht gestartet.");
        }

        var consultation = new ConsultationRequest(authority!.Value, topic!.Value, Clean(request.Question));
        var result = await workflows.StartConsultationAsync(caseNumber!, consultation, http.User.UserId(), ct);
        if (!result.Matched)
        {
            return ApiProblems.Conflict(NotActive);
        }

        await files.LogChangeAsync(http.User.ToKimUser(), caseId, caseNumber!, $"Anfrage {CaseLabels.Authority(authority.Value)} gestartet", ct);
        return TypedResults.Created($"/api/cases/{caseId}", new CaseWorkStarted(consultation.ConsultationId, caseNumber!, $"/api/cases/{caseId}"));
    }
}
