using Kim.Workflows.Application.Persistence;
using Kim.Workflows.Runtime.Outbox;
using Kim.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Kim.Workflows.Web.Health;

/// <summary>
/// Degraded while a delivery failed and has not succeeded since (outbox rows, stored mails), or an incident of the last
/// 24 hours is unresolved. Counts only: <c>/health</c> is anonymous, so it never names a case.
/// </summary>
internal sealed class DeliveryHealthCheck(OutboxMonitor outbox, WorkflowDbContextFactory contexts, IDbContextFactory<ApplicationDbContext> app, TimeProvider time) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (retrying, outboxIncidents) = await outbox.CountsAsync(cancellationToken);
        var since = time.GetUtcNow() - TimeSpan.FromHours(24);
        int incidents;
        await using (var db = contexts.Create())
        {
            incidents = await db.Incidents.CountAsync(i => i.ResolvedAt == null && i.CreatedAt >= since, cancellationToken);
        }

        int mails;
        await using (var db = await app.CreateDbContextAsync(cancellationToken))
        {
            mails = await db.Mails.CountAsync(m => m.Status != MailStatus.Sent && m.LastError != null, cancellationToken);
        }

        var data = new Dictionary<string, object>
        {
            ["outboxRetrying"] = retrying, ["outboxIncidents"] = outboxIncidents, ["mailsFailing"] = mails, ["incidentsLast24h"] = incidents,
        };
        if (retrying + outboxIncidents + mails + incidents == 0)
        {
            return HealthCheckResult.Healthy("Alle Zustellungen erfolgreich, keine offenen Störungen.", data);
        }

        return HealthCheckResult.Degraded(
            $"Zustellungen mit Fehler: {retrying + mails} (davon E-Mails: {mails}), Zustell-Störungen: {outboxIncidents}, offene Störungen der letzten 24 Stunden: {incidents}.",
            data: data);
    }
}
