using Kim.Workflows.Application.Persistence;
using Kim.Workflows.Runtime.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Web.Monitor;

/// <summary>
/// One delivery that failed and has not succeeded since: an outbox row (e.g. a task notice) or a stored mail, with the
/// last (SMTP) error, the next attempt, or that it became an incident (<see cref="OutboxId"/>: retry it through the API).
/// </summary>
public sealed record DeliveryFailure(
    string Art, string Was, Guid InstanceId, int Attempts, DateTimeOffset? FailingSince, DateTimeOffset? NextAttemptAt, bool Incident, string? Error, string? OutboxId);

/// <summary>The failing deliveries of the monitor and of <c>/api/deliveries</c>: outbox rows and stored mails, oldest first.</summary>
public sealed class DeliveryFailures(OutboxMonitor outbox, IDbContextFactory<ApplicationDbContext> app)
{
    public async Task<IReadOnlyList<DeliveryFailure>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rows = await outbox.FailingAsync(cancellationToken: cancellationToken);
        var result = rows.Select(r => new DeliveryFailure(
            "Outbox", Describe(r.Kind), r.InstanceId, r.Attempts, r.FailingSince, r.IncidentAt is null ? r.NextAttemptAt : null, r.IncidentAt is not null, r.LastError, r.Id)).ToList();
        await using var db = await app.CreateDbContextAsync(cancellationToken);
        var mails = await db.Mails.AsNoTracking().Where(m => m.Status != MailStatus.Sent && m.LastError != null).OrderBy(m => m.FirstAttemptAt).Take(200)
            .ToListAsync(cancellationToken);
        result.AddRange(mails.Select(m => new DeliveryFailure(
            "E-Mail", $"„{m.Subject}“ an {m.Recipients}", m.InstanceId, m.Attempts, m.FirstAttemptAt, m.NextAttemptAt, m.Status == MailStatus.Failed, m.LastError, null)));
        return [.. result.OrderBy(f => f.FailingSince)];
    }

    private static string Describe(string kind) => kind switch
    {
        OutboxKinds.UserTaskCreated => "Aufgaben-Benachrichtigung",
        OutboxKinds.TimerScheduled => "Zeitgeber planen",
        OutboxKinds.JobCreated => "Service-Task einreihen",
        OutboxKinds.MessageThrown => "Nachricht zustellen",
        _ => kind,
    };
}
