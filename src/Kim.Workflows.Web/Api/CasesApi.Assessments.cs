using Kim.Workflows.Application.Cases;
using Kim.Workflows.Domain.Assessment;
using Kim.Workflows.Web.Privacy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kim.Workflows.Web.Api;

/// <summary>
/// Assessments of a case through <see cref="AssessmentService"/> (access rules, validation, access log, re-assessment planning
/// live there): POST records one (append-only), GET lists them with their rated life areas (client data; the read is logged).
/// </summary>
public static partial class CasesApi
{
    private static void MapAssessments(RouteGroupBuilder api)
    {
        api.MapPost("/{id}/assessments", RecordAssessmentAsync).WithName("RecordAssessment");
        api.MapGet("/{id}/assessments", ListAssessmentsAsync).WithName("ListAssessments");
    }

    private static async Task<Results<Created<CaseRecordSaved>, ProblemHttpResult>> RecordAssessmentAsync(
        string id, AssessmentRequest request, HttpContext http, CaseFileService files, AssessmentService assessments, CancellationToken ct)
    {
        const string Title = "Das Assessment wurde nicht gespeichert.";
        if (await files.FindIdAsync(id, ct) is not { } caseId)
        {
            return ApiProblems.NotFound(UnknownCase);
        }

        var errors = new FieldErrors();
        var areas = new List<AssessmentAreaInput>();
        var given = request.Areas ?? [];
        for (var i = 0; i < given.Count; i++)
        {
            var area = given[i];
            if (!LebensbereichNames.TryParse(area.Lebensbereich, out var lebensbereich))
            {
                errors.Add($"areas[{i}].lebensbereich", $"Unbekannter Lebensbereich „{area.Lebensbereich}“. Erlaubt: {string.Join(", ", Enum.GetNames<Lebensbereich>().Select(Camel))}.");
            }

            NeedLevel? level = string.IsNullOrWhiteSpace(area.NeedLevel) ? null : errors.Enum($"areas[{i}].needLevel", area.NeedLevel, NeedLevel.KeinBedarf, "Unbekannte Einschätzung");
            areas.Add(new AssessmentAreaInput { Lebensbereich = lebensbereich, NeedLevel = level, Needs = area.Needs, Resources = area.Resources });
        }

        if (errors.Any)
        {
            return errors.Problem(Title);
        }

        var input = new AssessmentInput { AssessedOn = request.AssessedOn, Areas = areas, Summary = request.Summary };
        var result = await assessments.RecordAsync(http.User.ToKimUser(), caseId, input, ct);
        return CreatedOr(result, $"/api/cases/{caseId}/assessments", Title);
    }

    private static async Task<Results<Ok<IReadOnlyList<AssessmentView>>, ProblemHttpResult>> ListAssessmentsAsync(
        string id, HttpContext http, CaseFileService files, AssessmentService assessments, CancellationToken ct)
    {
        if (await files.FindIdAsync(id, ct) is not { } caseId)
        {
            return ApiProblems.NotFound(UnknownCase);
        }

        var (failure, list) = await assessments.ListAsync(http.User.ToKimUser(), caseId, ct);
        return failure is null
            ? TypedResults.Ok<IReadOnlyList<AssessmentView>>([.. list.Select(AssessmentView.Of)])
            : EditProblem(failure, "Die Assessments können nicht gelesen werden.");
    }

    /// <summary>201 with the stored record, or the refusal as problem details.</summary>
    private static Results<Created<CaseRecordSaved>, ProblemHttpResult> CreatedOr(CaseEditResult result, string location, string title) =>
        result.Status == CaseEditStatus.Saved
            ? TypedResults.Created(location, new CaseRecordSaved(result.Id!.Value, result.Version!.Value, location))
            : EditProblem(result, title);

    /// <summary>200 with the changed record (and its new version), or the refusal as problem details.</summary>
    private static Results<Ok<CaseRecordSaved>, ProblemHttpResult> UpdatedOr(CaseEditResult result, string location, string title) =>
        result.Status == CaseEditStatus.Saved
            ? TypedResults.Ok(new CaseRecordSaved(result.Id!.Value, result.Version!.Value, location))
            : EditProblem(result, title);

    private static string Camel(string name) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);
}
