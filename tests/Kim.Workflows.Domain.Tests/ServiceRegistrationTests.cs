using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Assessment;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Domain.Retention;
using Kim.Workflows.Domain.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kim.Workflows.Domain.Tests;

public sealed class ServiceRegistrationTests
{
    [Fact]
    public async Task Registers_the_domain_and_binds_options()
    {
        await using var database = await TestDatabase.CreateAsync();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(TestClock.At());
        services.Configure<RetentionOptions>(o => o.YearsAfterClosing = 3);
        services.Configure<CaseAccessOptions>(o => o.CaseManagersSeeWholeDistrict = true);
        services.AddKimWorkflowsDomain(db => db.UseKimSqlite(database.ConnectionString));
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await using var scope = provider.CreateAsyncScope();

        var seeder = scope.ServiceProvider.GetRequiredService<DemoDataSeeder>();
        Assert.Equal(40, (await seeder.SeedAsync()).CasesAdded);
        var (file, _) = await scope.ServiceProvider.GetRequiredService<CaseIntakeService>()
            .OpenAsync(new NewCaseRequest { Municipality = "Beelen", GivenName = "A", FamilyName = "B" });
        Assert.StartsWith($"KIM-{Time.KimCalendar.Today(TestClock.At()).Year}-", file.CaseNumber);
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<CaseAnonymizer>());
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<ReassessmentPlanner>());
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<KimDbContext>());

        var policy = scope.ServiceProvider.GetRequiredService<CaseAccessPolicy>();
        var colleague = new CaseAccessFacts(Guid.NewGuid(), "suedkreis", "cm.sued1", null);
        Assert.True(policy.CanReadCase(DemoUsers.CmSued3.ToKimUser(), colleague).Allowed);

        var retention = scope.ServiceProvider.GetRequiredService<RetentionPolicy>();
        var closed = Retention.RetentionPolicyTests.Closed(TestClock.Berlin(2020, 6, 1), false);
        Assert.Equal(new DateOnly(2023, 12, 31), retention.KeepUntil(closed));
    }
}
