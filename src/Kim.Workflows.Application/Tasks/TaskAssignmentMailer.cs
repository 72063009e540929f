using Kim.Workflows.Application.Mail;
using Kim.Workflows.Application.Staff;
using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Notifications.Mail;
using Kim.Workflows.Notifications.Templates;
using Kim.Workflows.Runtime.Jobs;
using Kim.Workflows.Runtime.Outbox;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kim.Workflows.Application.Tasks;

/// <summary>
/// The "neue Aufgabe zugewiesen" mail (template <c>aufgabe-zugewiesen</c>) to the assignee of a new user task, with the
/// deep link <c>/aufgaben/{taskId}</c>. Sent through <see cref="MailOutbox"/> under a Message-Id derived from the task id,
/// so a repeated outbox row (crash between commit and send) delivers the stored mail once. Tasks for a group only
/// (no assignee) get no mail: the team sees them in the group inbox.
/// </summary>
public sealed class TaskAssignmentMailer(
    TemplateRenderer renderer, MailOutbox outbox, IStaffDirectory staff, IOptions<ApplicationOptions> options, ILogger<TaskAssignmentMailer> logger)
{
    public const string Template = "aufgabe-zugewiesen";

    public static string MessageIdFor(Guid taskId, string domain) => MailOutbox.MessageIdFor(taskId, "aufgabe", domain);

    /// <summary>
    /// Sends the mail; throws when it must be retried later (the outbox row then retries with back-off) and
    /// <see cref="OutboxGiveUpException"/> when it was given up (the row becomes an incident).
    /// </summary>
    public async Task SendAsync(UserTaskCreated task, string? processName, CancellationToken cancellationToken)
    {
        var assignee = task.Task.Assignee;
        if (string.IsNullOrWhiteSpace(assignee))
        {
            return;
        }

        var address = staff.EmailOf(assignee);
        if (address is null)
        {
            logger.LogInformation("Task {TaskId}: no mailbox known for its assignee; no notice sent", task.TaskId);
            return;
        }

        var link = options.Value.TaskLink + "/" + task.TaskId.ToString("D");
        var model = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["empfaengerName"] = staff.DisplayName(assignee),
            ["zugewiesenVon"] = null,
            ["aufgabe"] = task.Name ?? task.ElementId,
            ["prozess"] = processName,
            ["fallnummer"] = task.BusinessKey,
            ["faelligAm"] = task.Task.DueDate,
            ["aufgabenLink"] = link,
        };
        var job = new ServiceTaskRequest(task.TaskId, task.InstanceId, task.ElementId, Template, task.BusinessKey, model, 1);
        var outcome = await outbox.SendAsync(job, "aufgabe", Template, messageId =>
            OutgoingMail.FromNotice(messageId, [new MailRecipient(address, staff.DisplayName(assignee))], renderer.Render(Template, model)),
            cancellationToken).ConfigureAwait(false);
        switch (outcome.State)
        {
            case MailSendState.RetryLater:
                throw new MailDeliveryException($"Aufgaben-Benachrichtigung {task.TaskId}: {outcome.Error}", isTransient: true);
            case MailSendState.Failed:
                // Never "done" undelivered: the outbox row becomes an incident the monitor lists and an administrator retries.
                logger.LogWarning("Task {TaskId}: notice not delivered: {Error}", task.TaskId, outcome.Error);
                throw new OutboxGiveUpException($"Aufgaben-Benachrichtigung {task.TaskId}: {outcome.Error}");
        }
    }
}
