using Kim.Workflows.Runtime.Persistence;
using Kim.Workflows.Web.Auth.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Kim.Workflows.Web.Health;

/// <summary>The runtime's database and the logins' database answer a query.</summary>
internal sealed class DatabaseHealthCheck(WorkflowDbContextFactory contexts, IServiceScopeFactory scopes) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = contexts.Create();
            var definitions = await db.Definitions.CountAsync(cancellationToken);
            await using var scope = scopes.CreateAsyncScope();
            var identity = scope.ServiceProvider.GetRequiredService<KimIdentityDbContext>();
            if (!await identity.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("Die Anmeldedatenbank ist nicht erreichbar.");
            }

            return HealthCheckResult.Healthy($"{contexts.Provider}: {definitions} Definitionsversionen.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Die Datenbank ist nicht erreichbar.", e);
        }
    }
}
