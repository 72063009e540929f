using Kim.Workflows.Domain.Persistence;

namespace Kim.Workflows.Web.Privacy;

/// <summary>Brings the KIM tables up to date before the pages use them (idempotent; the application layer may do it too).</summary>
internal sealed class KimDomainStartup(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await KimDatabase.InitializeAsync(scope.ServiceProvider.GetRequiredService<KimDbContext>(), cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
