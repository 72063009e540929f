using Kim.Workflows.Application.Conferences;
using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Runtime;
using Kim.Workflows.Runtime.Outbox;
using Kim.Workflows.Runtime.Queries;
using Microsoft.Extensions.DependencyInjection;

namespace Kim.Workflows.Application.Tasks;

/// <summary>
/// After a user task was committed (outbox row <c>user-task-created</c>): the assignee's notice mail, and the
/// Fallkonferenz record marked as held when its protocol task appears. Runs at least once per row; both steps are idempotent.
/// </summary>
/// <remarks>The runtime is resolved lazily: it depends on the outbox dispatcher, which depends on this handler.</remarks>
public sealed class UserTaskCreatedHandler(IServiceProvider services, TaskAssignmentMailer mailer, ConferenceRecorder conferences) : IOutboxEffectHandler
{
    public const string ProtocolTask = "Task_Protokoll";

    public string Kind => OutboxKinds.UserTaskCreated;

    public async Task ApplyAsync(string idempotencyKey, EngineEffect effect, CancellationToken cancellationToken)
    {
        var task = (UserTaskCreated)effect;
        if (task.ProcessKey == "fallkonferenz" && task.ElementId == ProtocolTask && task.BusinessKey is { } caseNumber)
        {
            var details = await services.GetRequiredService<InboxQuery>().FindAsync(task.TaskId, cancellationToken).ConfigureAwait(false);
            if (details is not null && Handlers.Variables.String(details.Variables, "conferenceId") is { } conferenceId)
            {
                await conferences.HeldAsync(caseNumber, conferenceId, cancellationToken).ConfigureAwait(false);
            }
        }

        var process = services.GetRequiredService<WorkflowRuntime>().Definitions.FindLatest(task.ProcessKey)?.Process.Name;
        await mailer.SendAsync(task, process, cancellationToken).ConfigureAwait(false);
    }
}
