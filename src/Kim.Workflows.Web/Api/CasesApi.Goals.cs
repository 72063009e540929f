using Kim.Workflows.Application.Cases;
using Kim.Workflows.Domain.Assessment;
using Kim.Workflows.Domain.Goals;
using Kim.Workflows.Web.Privacy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kim.Workflows.Web.Api;

/// <summary>
/// Hilfeplanung through <see cref="GoalService"/> and <see cref="ZielvereinbarungService"/>: Ergebnisziele (POST, PUT with the
/// version), their Handlungsziele (POST, PUT) and Zielvereinbarungen (POST; a new one supersedes the one in force). A stale
/// version answers 409.
/// </summary>
public static partial class CasesApi
{
    private const string GoalNotSaved = "Das Ergebnisziel wurde nicht gespeichert.";
    private const string StepNotSaved = "Das Handlungsziel wurde nicht gespeichert.";

    private static void MapGoals(RouteGroupBuilder api)
    {
        api.MapPost("/{id}/goals", AddGoalAsync).WithName("AddGoal");
        api.MapPut("/{id}/goals/{goalId:guid}", UpdateGoalAsync).WithName("UpdateGoal");
        api.MapPost("/{id}/goals/{goalId:guid}/handlungsziele", AddHandlungszielAsync).WithName("AddHandlungsziel");
        api.MapPut("/{id}/goals/{goalId:guid}/handlungsziele/{stepId:guid}", UpdateHandlungszielAsync).WithName("UpdateHandlungsziel");
        api.MapPost("/{id}/zielvereinbarungen", ConcludeZielvereinbarungAsync).WithName("ConcludeZielvereinbarung");
    }

    private static async Task<Results<Created<CaseRecordSaved>, ProblemHttpResult>> AddGoalAsync(
        string id, GoalRequest request, HttpContext http, CaseFileService files, GoalService goals, CancellationToken ct)
    {
        if (await files.FindIdAsync(id, ct) is not { } caseId)
        {
            return ApiProblems.NotFound(UnknownCase);
        }

        var errors = new FieldErrors();
        var input = GoalInputOf(request, errors);
        return errors.Any
            ? errors.Problem(GoalNotSaved)
            : CreatedOr(await goals.AddGoalAsync(http.User.ToKimUser(), caseId, input, ct), $"/api/cases/{caseId}", GoalNotSaved);
    }

    private static async Task<Results<Ok<CaseRecordSaved>, ProblemHttpResult>> UpdateGoalAsync(
        string id, Guid goalId, GoalRequest request, HttpContext http, CaseFileService files, GoalService goals, CancellationToken ct)
    {
        if (await files.FindIdAsync(id, ct) is not { } caseId)
        {
            return ApiProblems.NotFound(UnknownCase);
        }

        var errors = new FieldErrors();
        var input = GoalInputOf(request, errors);
        RequireVersion(errors, request.Version);
        return errors.Any
            ? errors.Problem(GoalNotSaved)
            : UpdatedOr(await goals.UpdateGoalAsync(http.User.ToKimUser(), caseId, goalId, request.Version!.Value, input, ct), $"/api/cases/{caseId}", GoalNotSaved);
    }

    private static async Task<Results<Created<CaseRecordSaved>, ProblemHttpResult>> AddHandlungszielAsync(
        string id, Guid goalId, HandlungszielRequest request, HttpContext http, CaseFileService files, GoalService goals, CancellationToken ct)
    {
        if (await files.FindIdAsync(id, ct) is not { } caseId)
        {
            return ApiProblems.NotFound(UnknownCase);
        }

        var errors = new FieldErrors();
        var input = StepInputOf(request, errors);
        return errors.Any
            ? errors.Problem(StepNotSaved)
            : CreatedOr(await goals.AddStepAsync(http.User.ToKimUser(), caseId, goalId, input, ct), $"/api/cases/{caseId}", StepNotSaved);
    }

    private static async Task<Results<Ok<CaseRecordSaved>, ProblemHttpResult>> UpdateHandlungszielAsync(
        string id, Guid goalId, Guid stepId, HandlungszielRequest request, HttpContext http, CaseFileService files, GoalService goals, CancellationToken ct)
    {
        if (await files.FindIdAsync(id, ct) is not { } caseId)
        {
            return ApiProblems.NotFound(UnknownCase);
        }

        var errors = new FieldErrors();
        var input = StepInputOf(request, errors);
        RequireVersion(errors, request.Version);
        return errors.Any
            ? errors.Problem(StepNotSaved)
            : UpdatedOr(await goals.UpdateStepAsync(http.User.ToKimUser(), caseId, goalId, stepId, request.Version!.Value, input, ct), $"/api/cases/{caseId}", StepNotSaved);
    }

    private static async Task<Results<Created<CaseRecordSaved>, ProblemHttpResult>> ConcludeZielvereinbarungAsync(
        string id, ZielvereinbarungRequest request, HttpContext http, CaseFileService files, ZielvereinbarungService agreements, CancellationToken ct)
    {
        if (await files.FindIdAsync(id, ct) is not { } caseId)
        {
            return ApiProblems.NotFound(UnknownCase);
        }

        var input = new ZielvereinbarungInput { AgreedOn = request.AgreedOn, GoalIds = request.GoalIds ?? [], SignedByClient = request.SignedByClient, Remarks = request.Remarks };
        var result = await agreements.ConcludeAsync(http.User.ToKimUser(), caseId, input, ct);
        return CreatedOr(result, $"/api/cases/{caseId}", "Die Zielvereinbarung wurde nicht gespeichert.");
    }

    private static GoalInput GoalInputOf(GoalRequest request, FieldErrors errors)
    {
        if (!LebensbereichNames.TryParse(request.Lebensbereich, out var area))
        {
            errors.Add("lebensbereich", $"Bitte einen Lebensbereich angeben. Erlaubt: {string.Join(", ", Enum.GetNames<Lebensbereich>().Select(Camel))}.");
        }

        return new GoalInput
        {
            Lebensbereich = area, Description = request.Description, TargetDate = request.TargetDate,
            Status = errors.Enum("status", request.Status, GoalStatus.Offen, "Unbekannter Stand"), AchievementPercent = request.AchievementPercent ?? 0,
        };
    }

    private static HandlungszielInput StepInputOf(HandlungszielRequest request, FieldErrors errors) => new()
    {
        Description = request.Description, Responsible = request.Responsible, DueOn = request.DueOn,
        Status = errors.Enum("status", request.Status, GoalStatus.Offen, "Unbekannter Stand"),
    };

    private static void RequireVersion(FieldErrors errors, int? version)
    {
        if (version is null)
        {
            errors.Add("version", "Bitte die Version angeben, auf der die Änderung beruht (aus der letzten Antwort).");
        }
    }
}
