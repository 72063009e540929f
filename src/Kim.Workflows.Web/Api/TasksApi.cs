using Kim.Workflows.Runtime.Persistence.Entities;
using Kim.Workflows.Runtime.Queries;
using Kim.Workflows.Web.Api.Rules;
using Kim.Workflows.Web.Auth;
using Kim.Workflows.Web.Inbox;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kim.Workflows.Web.Api;

/// <summary>
/// Tasks (<c>/api/tasks</c>, any KIM role; a task is visible as in the inbox):
/// <list type="bullet">
/// <item>GET  /?view=mine|group|all&amp;processKey=&amp;overdue=   the inbox lists</item>
/// <item>GET  /{id}               one task with its form fields</item>
/// <item>POST /{id}/claim         take the task (409 when someone else has it)</item>
/// <item>POST /{id}/unclaim       give it back</item>
/// <item>POST /{id}/complete      complete with form values: 204, 422 with messages per field, 409 when already done</item>
/// </list>
/// </summary>
public static class TasksApi
{
    public static RouteGroupBuilder MapTasksApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/tasks")
            .WithTags("Aufgaben")
            .RequireAuthorization(KimPolicies.Inbox)
            .WithKimApiProtection();

        api.MapGet("/", ListAsync).WithName("ListTasks");
        api.MapGet("/{id:guid}", GetAsync).WithName("GetTask");
        api.MapPost("/{id:guid}/claim", ClaimAsync).WithName("ClaimTask");
        api.MapPost("/{id:guid}/unclaim", UnclaimAsync).WithName("UnclaimTask");
        api.MapPost("/{id:guid}/complete", CompleteAsync).WithName("CompleteTask");
        return api;
    }

    private static async Task<Results<Ok<InboxPage>, ProblemHttpResult>> ListAsync(
        HttpContext http, InboxQuery inbox, string? view, string? processKey, bool? overdue, int? take, CancellationToken ct)
    {
        var inboxView = view switch
        {
            null or "mine" => InboxView.Mine,
            "group" => InboxView.Group,
            "all" => InboxView.All,
            _ => (InboxView?)null,
        };
        if (inboxView is null)
        {
            return ApiProblems.Unprocessable($"Unbekannte Ansicht „{view}“ (mine, group, all).");
        }

        if (inboxView == InboxView.All && !InboxScope.MaySeeAll(http.User))
        {
            return ApiProblems.Forbidden("„Alle“ ist der Koordination und der Administration vorbehalten.");
        }

        var paging = new FieldErrors();
        var count = PagingRule.Size(paging, take, fallback: 50, max: 500, "take");
        if (paging.Any)
        {
            return paging.Problem("Die Liste kann so nicht geliefert werden.");
        }

        var filter = InboxScope.Filter(http.User, inboxView.Value) with { ProcessKey = processKey, OverdueOnly = overdue == true, Take = count };
        return TypedResults.Ok(await inbox.ListAsync(filter, ct));
    }

    private static async Task<Results<Ok<TaskView>, ProblemHttpResult>> GetAsync(Guid id, HttpContext http, InboxQuery inbox, CancellationToken ct)
    {
        var task = await inbox.FindAsync(id, ct);
        if (task is null || !InboxScope.MaySee(http.User, task))
        {
            // Someone else's task looks like a missing one: its existence is case data too.
            return ApiProblems.NotFound("Diese Aufgabe gibt es nicht (oder sie ist nicht für Sie sichtbar).");
        }

        return TypedResults.Ok(ToView(task));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> ClaimAsync(Guid id, HttpContext http, InboxQuery inbox, CancellationToken ct)
    {
        var task = await inbox.FindAsync(id, ct);
        if (task is null || !InboxScope.MaySee(http.User, task))
        {
            return ApiProblems.NotFound("Diese Aufgabe gibt es nicht (oder sie ist nicht für Sie sichtbar).");
        }

        if (!InboxScope.MayWork(http.User, task))
        {
            return ApiProblems.Conflict($"Die Aufgabe bearbeitet bereits {task.Task.Assignee}.");
        }

        return await inbox.ClaimAsync(id, http.User.UserId(), ct) == ClaimOutcome.Done
            ? TypedResults.NoContent()
            : ApiProblems.Conflict("Die Aufgabe wurde inzwischen von jemand anderem übernommen oder erledigt.");
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> UnclaimAsync(Guid id, HttpContext http, InboxQuery inbox, CancellationToken ct) =>
        await inbox.UnclaimAsync(id, http.User.UserId(), anyAssignee: http.User.IsInRole(KimRoles.Administration), ct) switch
        {
            ClaimOutcome.Done => TypedResults.NoContent(),
            ClaimOutcome.NotFound => ApiProblems.NotFound("Diese Aufgabe gibt es nicht."),
            _ => ApiProblems.Conflict("Die Aufgabe ist nicht Ihnen zugeordnet oder schon erledigt."),
        };

    private static async Task<Results<NoContent, ProblemHttpResult>> CompleteAsync(
        Guid id, CompleteTaskRequest? request, HttpContext http, TaskCompletion completion, CancellationToken ct)
    {
        var submitted = (request?.Values ?? []).ToDictionary(v => v.Key, v => JsonValues.ToText(v.Value), StringComparer.Ordinal);
        var outcome = await completion.CompleteAsync(id, http.User, submitted, ct);
        return outcome.Status switch
        {
            TaskCompletionStatus.Completed => TypedResults.NoContent(),
            TaskCompletionStatus.Invalid => ApiProblems.Fields(outcome.Errors, "Die Eingaben sind nicht gültig.", outcome.Message),
            TaskCompletionStatus.StepFailed => ApiProblems.Fields(outcome.Errors, "Die Aufgabe wurde nicht abgeschlossen.", outcome.Message),
            TaskCompletionStatus.Conflict => ApiProblems.Conflict(outcome.Message ?? TaskCompletion.AlreadyDone),
            TaskCompletionStatus.Forbidden => ApiProblems.Forbidden(outcome.Message ?? "Keine Berechtigung."),
            _ => ApiProblems.NotFound(outcome.Message ?? "Diese Aufgabe gibt es nicht."),
        };
    }

    private static TaskView ToView(TaskDetails d) => new(
        d.Task.Id, d.Task.InstanceId, d.Task.ElementId, d.Task.Name, d.Task.ProcessKey, d.Task.BusinessKey, d.Task.Assignee,
        d.Task.DueAt, d.Task.CreatedAt, d.Task.State switch { UserTaskState.Open => "open", UserTaskState.Completed => "completed", _ => "cancelled" },
        d.CandidateGroups,
        [.. d.Fields.Select(f => new FormFieldInfo(f.Id, f.DisplayLabel, f.Type.ToString().ToLowerInvariant(), f.DefaultValue, f.IsRequired, f.IsReadOnly,
            f.Constraints.GroupBy(c => c.Name).ToDictionary(g => g.Key, g => g.First().Config), f.EnumValues.GroupBy(v => v.Key).ToDictionary(g => g.Key, g => g.First().Value)))]);
}
