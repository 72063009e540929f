using Kim.Workflows.Application.Mail;
using Kim.Workflows.Application.Persistence;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Domain.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kim.Workflows.Application.Startup;

/// <summary>
/// Start-up after the runtime's (which migrated and deployed): the KIM tables and the <c>app_</c> tables, mails a crash
/// left in the middle of sending, then in
/// the embedded default the demo data and the workflow instances that belong to it. Idempotent across restarts.
/// </summary>
internal sealed class ApplicationStartup(
    IServiceScopeFactory scopes, IDbContextFactory<ApplicationDbContext> app, MailOutbox mails, IOptions<ApplicationOptions> options, TimeProvider time, ILogger<ApplicationStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var kim = scope.ServiceProvider.GetRequiredService<KimDbContext>();
        await KimDatabase.InitializeAsync(kim, cancellationToken).ConfigureAwait(false);
        await using (var db = await app.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            await ApplicationSchema.EnsureAsync(db, time, cancellationToken).ConfigureAwait(false);
        }

        await mails.ResendInterruptedAsync(cancellationToken).ConfigureAwait(false);

        if (!options.Value.SeedDemoData)
        {
            return;
        }

        var seeded = await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        if (seeded.AddedAnything)
        {
            logger.LogInformation("Demo data seeded: {Districts} districts, {Partners} partners, {Cases} cases", seeded.DistrictsAdded, seeded.PartnersAdded, seeded.CasesAdded);
        }

        if (options.Value.StartDemoWorkflows)
        {
            var started = await scope.ServiceProvider.GetRequiredService<DemoWorkflowStarter>().StartAsync(cancellationToken).ConfigureAwait(false);
            if (started > 0)
            {
                logger.LogInformation("Started {Count} workflow instances for the demo cases", started);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
