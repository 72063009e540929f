using Kim.Workflows.Application;
using Kim.Workflows.Domain;
using Kim.Workflows.Domain.Controlling;
using Kim.Workflows.Domain.Findings;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Domain.Privacy;
using Kim.Workflows.Domain.Retention;
using Kim.Workflows.Runtime.Analysis;
using Kim.Workflows.Runtime.Privacy;
using Kim.Workflows.Web.Controlling;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kim.Workflows.Web.Privacy;

/// <summary>
/// Baustein 1 in the web host: controlling (<c>/controlling</c>), process analysis, structural findings
/// and the Lenkungsgruppe (<c>/systemrueckmeldungen</c>), data protection in operation
/// (<c>/datenschutz</c>) and the retention job. One call each in AddKimWorkflowsWeb / MapKimWorkflowsWeb.
/// </summary>
public static class OperationsRegistration
{
    public static WebApplicationBuilder AddKimOperations(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        if (!services.Any(d => d.ServiceType == typeof(KimDbContext)))
        {
            // The KIM tables live in the runtime's database (as the application layer binds them).
            services.AddKimWorkflowsDomain(_ => { });
            services.ConfigureDbContext<KimDbContext>((sp, b) => b.UseKimRuntimeDatabase(sp));
        }

        services.AddHostedService<KimDomainStartup>();
        services.TryAddScoped<ControllingFactsLoader>();
        services.TryAddScoped<ControllingService>();
        services.TryAddScoped<FindingService>();
        services.TryAddScoped<LenkungsgruppeService>();
        services.Configure<LenkungsgruppeOptions>(builder.Configuration.GetSection(LenkungsgruppeOptions.Section));
        services.TryAddScoped<AccessLogQuery>();
        services.TryAddScoped<CaseDataExporter>();
        services.TryAddScoped<DataSubjectRequestService>();
        services.TryAddSingleton<ProcessAnalyzer>();
        services.TryAddSingleton<InstanceDataEraser>();
        // Retention periods (case files, short counselling, access log) from KimWorkflows:Retention; defaults in RetentionOptions.
        services.Configure<RetentionOptions>(builder.Configuration.GetSection("KimWorkflows:Retention"));
        services.TryAddScoped<AccessLogRetention>();
        services.TryAddTransient<RetentionJob>();
        services.AddHostedService<RetentionJobRegistration>();
        services.Configure<AuthorizationOptions>(OperationsPolicies.Add);
        return builder;
    }

    public static WebApplication MapKimOperations(this WebApplication app)
    {
        app.MapControllingExports();
        app.MapCaseDataExports();
        return app;
    }
}
