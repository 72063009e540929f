using System.Security.Claims;
using Kim.Workflows.Engine.Commands;
using Kim.Workflows.Engine.Forms;
using Kim.Workflows.Runtime;
using Kim.Workflows.Runtime.Persistence.Entities;
using Kim.Workflows.Runtime.Queries;
using Kim.Workflows.Web.Auth;

namespace Kim.Workflows.Web.Inbox;

/// <summary>
/// Completes a task for the task page and the REST API alike: access check, server-side validation of the generated
/// form (<see cref="FormValidator"/>, German messages per field), claim on the way, then one engine command.
/// A concurrent completion loses with <see cref="TaskCompletionStatus.Conflict"/> (HTTP 409).
/// </summary>
public sealed class TaskCompletion(InboxQuery inbox, WorkflowRuntime runtime, ILogger<TaskCompletion> logger)
{
    public const string AlreadyDone = "Diese Aufgabe wurde inzwischen von jemand anderem erledigt oder geändert. Ihre Eingaben wurden nicht gespeichert.";

    public async Task<TaskCompletionOutcome> CompleteAsync(
        Guid taskId, ClaimsPrincipal user, IReadOnlyDictionary<string, string?> submitted, CancellationToken cancellationToken)
    {
        var task = await inbox.FindAsync(taskId, cancellationToken);
        if (task is null)
        {
            return TaskCompletionOutcome.Of(TaskCompletionStatus.NotFound, "Diese Aufgabe gibt es nicht.");
        }

        if (!InboxScope.MayWork(user, task))
        {
            return InboxScope.MaySee(user, task) && task.Task.State != UserTaskState.Open
                ? TaskCompletionOutcome.Of(TaskCompletionStatus.Conflict, AlreadyDone)
                : TaskCompletionOutcome.Of(TaskCompletionStatus.Forbidden, "Diese Aufgabe ist einer anderen Person oder Gruppe zugeordnet.");
        }

        if (task.Task.State != UserTaskState.Open)
        {
            return TaskCompletionOutcome.Of(TaskCompletionStatus.Conflict, AlreadyDone);
        }

        var validation = FormValidator.Validate(task.Fields, submitted);
        if (!validation.IsValid)
        {
            return new TaskCompletionOutcome(TaskCompletionStatus.Invalid, validation.Errors, "Bitte prüfen Sie die markierten Felder.");
        }

        if (task.Task.Assignee is null && await inbox.ClaimAsync(taskId, user.UserId(), cancellationToken) != ClaimOutcome.Done)
        {
            return TaskCompletionOutcome.Of(TaskCompletionStatus.Conflict, AlreadyDone);
        }

        try
        {
            await runtime.CompleteTaskAsync(taskId, validation.Values, user.UserId(), cancellationToken);
            return TaskCompletionOutcome.Of(TaskCompletionStatus.Completed);
        }
        catch (StepFailedException e)
        {
            logger.LogInformation("Task {TaskId} was not completed: step {ElementId} failed.", taskId, e.ElementId);
            return TaskCompletionOutcome.Of(TaskCompletionStatus.StepFailed, $"{e.Message} Ihre Eingaben wurden nicht gespeichert.");
        }
        catch (Kim.Workflows.Engine.Variables.VariableLimitException e)
        {
            var errors = task.Fields.Any(f => f.Id == e.VariableName)
                ? new Dictionary<string, string> { [e.VariableName] = e.Message }
                : new Dictionary<string, string>();
            return new TaskCompletionOutcome(TaskCompletionStatus.StepFailed, errors, $"{e.Message} Ihre Eingaben wurden nicht gespeichert.");
        }
        catch (Exception e) when (e is ConcurrencyConflictException or NotFoundException)
        {
            // No case data in the log: the task id only.
            logger.LogInformation("Task {TaskId} lost a concurrent completion.", taskId);
            return TaskCompletionOutcome.Of(TaskCompletionStatus.Conflict, AlreadyDone);
        }
    }
}
