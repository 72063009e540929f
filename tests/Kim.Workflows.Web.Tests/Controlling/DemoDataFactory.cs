using Kim.Workflows.Domain.Seeding;
using Kim.Workflows.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kim.Workflows.Web.Tests.Controlling;

/// <summary>The web host with the 40 demo cases in its KIM tables (the domain's own seeder).</summary>
public sealed class DemoDataFactory : KimWebFactory, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        _ = Services; // starts the host: migrations run in the hosted services
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
