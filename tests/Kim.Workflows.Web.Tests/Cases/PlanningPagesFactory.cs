using Kim.Workflows.Domain.Seeding;
using Kim.Workflows.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kim.Workflows.Web.Tests.Cases;

/// <summary>
/// The web host with the demo cases seeded at a fixed clock (Monday 2 March 2026, 09:00 Berlin), so the dates the planning
/// pages check (not in the future, not before the last assessment) are the same on every run.
/// </summary>
public sealed class PlanningPagesFactory : KimWebFactory, IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    public async Task InitializeAsync()
    {
        _ = Services;
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));
    }
}
