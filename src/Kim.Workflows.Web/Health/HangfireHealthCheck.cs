using Hangfire;
using Kim.Workflows.Runtime;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Kim.Workflows.Web.Health;

/// <summary>This host's Hangfire storage answers, and (when this node runs one) a Hangfire server is alive.</summary>
internal sealed class HangfireHealthCheck(JobStorage storage, WorkflowRuntimeOptions options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var monitoring = storage.GetMonitoringApi();
            var statistics = monitoring.GetStatistics();
            var servers = monitoring.Servers();
            var data = new Dictionary<string, object> { ["servers"] = servers.Count, ["enqueued"] = statistics.Enqueued, ["failed"] = statistics.Failed, ["scheduled"] = statistics.Scheduled };
            if (options.RunHangfireServer && servers.Count == 0)
            {
                return Task.FromResult(HealthCheckResult.Degraded("Kein Hangfire-Server läuft (Zeitgeber und Service-Tasks stehen).", data: data));
            }

            return Task.FromResult(HealthCheckResult.Healthy($"{servers.Count} Hangfire-Server.", data));
        }
        catch (Exception e)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Der Hangfire-Speicher ist nicht erreichbar.", e));
        }
    }
}
