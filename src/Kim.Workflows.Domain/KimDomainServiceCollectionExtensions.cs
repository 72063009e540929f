using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Assessment;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Consents;
using Kim.Workflows.Domain.Districts;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Domain.Retention;
using Kim.Workflows.Domain.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Kim.Workflows.Domain;

public static class KimDomainServiceCollectionExtensions
{
    /// <summary>
    /// Registers the KIM domain: <see cref="KimDbContext"/> (configure the provider with
    /// <see cref="KimDbContextOptions.UseKimSqlite"/> or <see cref="KimDbContextOptions.UseKimNpgsql"/>),
    /// the rule services and the demo seeder. Options: <see cref="CaseAccessOptions"/>,
    /// <see cref="ReassessmentOptions"/>, <see cref="RetentionOptions"/> (bind them with services.Configure).
    /// The host registers the <see cref="TimeProvider"/>.
    /// </summary>
    public static IServiceCollection AddKimWorkflowsDomain(this IServiceCollection services, Action<DbContextOptionsBuilder> configureDatabase)
    {
        ArgumentNullException.ThrowIfNull(configureDatabase);
        services.AddOptions<CaseAccessOptions>();
        services.AddOptions<ReassessmentOptions>();
        services.AddOptions<RetentionOptions>();
        services.AddDbContext<KimDbContext>(configureDatabase);
        // KimDbContext is abstract: the provider's subclass (with its migration set) is made from the configured options.
        services.Replace(ServiceDescriptor.Scoped<KimDbContext>(sp => KimDbContextOptions.CreateContext(sp.GetRequiredService<DbContextOptions<KimDbContext>>())));

        // A factory, not the type: DI would pick the IEnumerable<District> constructor with an empty list.
        services.TryAddSingleton(_ => new DistrictRouter());
        services.TryAddSingleton<ConsentChecker>();
        services.TryAddSingleton(sp => new CaseAccessPolicy(sp.GetRequiredService<IOptions<CaseAccessOptions>>().Value));
        services.TryAddSingleton(sp => new ReassessmentPlanner(sp.GetRequiredService<IOptions<ReassessmentOptions>>().Value));
        services.TryAddSingleton(sp => new RetentionPolicy(sp.GetRequiredService<IOptions<RetentionOptions>>().Value));
        services.TryAddScoped<CaseNumberGenerator>();
        services.TryAddScoped<CaseIntakeService>();
        services.TryAddScoped<CaseAnonymizer>();
        services.TryAddScoped<AccessLog>();
        services.TryAddScoped<AccessLogRetention>();
        services.TryAddScoped<DemoDataSeeder>();
        return services;
    }
}
