using System.Security.Cryptography;
using Kim.Workflows.Application.Answers;
using Kim.Workflows.Application.Cases;
using Kim.Workflows.Application.Conferences;
using Kim.Workflows.Application.Tasks;
using Kim.Workflows.Application.Handlers;
using Kim.Workflows.Application.Mail;
using Kim.Workflows.Application.Messaging;
using Kim.Workflows.Application.Partners;
using Kim.Workflows.Application.Persistence;
using Kim.Workflows.Application.Staff;
using Kim.Workflows.Application.Startup;
using Kim.Workflows.Domain;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Engine.Validation;
using Kim.Workflows.Notifications;
using Kim.Workflows.Notifications.Links;
using Kim.Workflows.Notifications.Mail;
using Kim.Workflows.Notifications.Templates;
using Kim.Workflows.Runtime;
using Kim.Workflows.Runtime.Jobs;
using Kim.Workflows.Runtime.Outbox;
using Kim.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kim.Workflows.Application;

public static class ApplicationServiceCollectionExtensions
{
    /// <summary>
    /// Binds domain, notifications and runtime: the KIM tables in the runtime's database, the service-task
    /// handlers the workflows name (so deploy-time validation knows them), the <c>mail-send</c> connector check,
    /// message routing between workflows, case intake, partner answers and the start-up (schema, demo data,
    /// demo instances). Call after <c>AddKimWorkflowsRuntime</c>; configure mail, templates and links with
    /// <c>services.Configure&lt;MailOptions&gt;</c> etc. Unset essentials get embedded defaults (pickup folder and a
    /// signing key file in the data folder, a sender address, the organisation name).
    /// </summary>
    public static IServiceCollection AddKimWorkflowsApplication(this IServiceCollection services, Action<ApplicationOptions>? configure = null)
    {
        services.AddOptions<ApplicationOptions>().Configure(o => configure?.Invoke(o));
        services.AddKimWorkflowsNotifications();
        AddEmbeddedDefaults(services);

        // One database for all layers: the runtime's SQLite file (or PostgreSQL) also holds kim_ and app_ tables.
        services.AddKimWorkflowsDomain(_ => { });
        services.ConfigureDbContext<KimDbContext>((sp, b) => UseRuntimeDatabase(sp, b, kim: true));
        services.AddDbContextFactory<ApplicationDbContext>((sp, b) => UseRuntimeDatabase(sp, b, kim: false));

        services.TryAddSingleton<IStaffDirectory, DemoStaffDirectory>();
        services.TryAddSingleton<ConsentGuard>();
        services.TryAddSingleton<MailOutbox>();
        services.Replace(ServiceDescriptor.Singleton<IOutboxRetryPolicy, MailRetryOutboxPolicy>());
        services.TryAddSingleton<ConferenceMailer>();
        services.TryAddSingleton<CalendarSequenceCounter>();
        services.TryAddSingleton<SteeringMailer>();
        services.AddSingleton<IServiceTaskHandler, MailSendHandler>();
        services.AddSingleton<IServiceTaskHandler, CasePhaseHandler>();
        services.AddSingleton<IServiceTaskHandler, ReassessmentPlannerHandler>();
        services.AddSingleton<IServiceTaskHandler, CaseFileRecordHandler>();
        services.AddSingleton<IServiceTaskHandler, ConsentCheckHandler>();
        services.AddSingleton<IServiceTaskHandler, ConferenceInvitationsHandler>();
        services.AddSingleton<IServiceTaskHandler, ConferenceReminderHandler>();
        services.AddSingleton<IServiceTaskHandler, ProtocolDistributionHandler>();
        services.AddSingleton<IServiceTaskHandler, AuthorityRequestHandler>();
        services.AddSingleton<IServiceTaskHandler, AuthorityAnswerNoticeHandler>();
        services.AddSingleton<IServiceTaskHandler, SteeringInvitationsHandler>();
        services.AddSingleton<IServiceTaskHandler, SteeringReminderHandler>();
        services.AddSingleton<IServiceTaskHandler, SteeringDecisionsHandler>();
        services.AddSingleton<IServiceTaskHandler, SteeringProtocolHandler>();
        services.AddSingleton<IOutboxEffectHandler, MessageThrownRouter>();
        services.TryAddSingleton<ConferenceRecorder>();
        services.TryAddSingleton<TaskAssignmentMailer>();
        services.AddSingleton<IOutboxEffectHandler, UserTaskCreatedHandler>();

        services.RemoveAll<ValidationOptions>();
        services.AddSingleton(sp =>
        {
            var catalog = sp.GetRequiredService<TemplateCatalog>();
            return new ValidationOptions
            {
                KnownHandlers = sp.GetRequiredService<ServiceTaskHandlerRegistry>().Names,
                ConnectorChecks = new Dictionary<string, Func<IReadOnlyDictionary<string, string?>, IEnumerable<string>>>(StringComparer.Ordinal)
                {
                    [MailSendHandler.HandlerName] = inputs => MailSendConnectorCheck.Check(catalog, inputs).ToList(),
                },
            };
        });

        services.TryAddScoped<CaseWorkflowService>();
        services.TryAddScoped<PartnerAnswerService>();
        services.TryAddScoped<CaseTimelineQuery>();
        services.TryAddScoped<CaseListQuery>();
        services.TryAddScoped<CaseFileService>();
        services.TryAddScoped<CaseEditGate>();
        services.TryAddScoped<ConsentInputValidator>();
        services.TryAddScoped<ConsentService>();
        services.TryAddScoped<HouseholdService>();
        services.TryAddScoped<ContactService>();
        services.TryAddScoped<ClientDataService>();
        services.TryAddScoped<AssessmentService>();
        services.TryAddScoped<GoalService>();
        services.TryAddScoped<ZielvereinbarungService>();
        services.TryAddScoped<ServiceReferralService>();
        services.TryAddScoped<DemoWorkflowStarter>();
        services.AddHostedService<ApplicationStartup>();
        return services;
    }

    /// <summary>
    /// The KIM tables live in the runtime's database (SQLite file or PostgreSQL): the provider, and with it the KIM context's
    /// migration set, follows the runtime's configuration. For hosts that register the domain without the application layer too.
    /// </summary>
    public static DbContextOptionsBuilder UseKimRuntimeDatabase(this DbContextOptionsBuilder builder, IServiceProvider sp)
    {
        ArgumentNullException.ThrowIfNull(sp);
        var runtime = sp.GetRequiredService<WorkflowDbContextFactory>();
        return runtime.Provider == DatabaseProvider.Postgres ? builder.UseKimNpgsql(runtime.ConnectionString) : builder.UseKimSqlite(runtime.ConnectionString);
    }

    private static void UseRuntimeDatabase(IServiceProvider sp, DbContextOptionsBuilder builder, bool kim)
    {
        if (kim)
        {
            builder.UseKimRuntimeDatabase(sp);
            return;
        }

        var runtime = sp.GetRequiredService<WorkflowDbContextFactory>();
        if (runtime.Provider == DatabaseProvider.Postgres)
        {
            builder.UseNpgsql(runtime.ConnectionString);
        }
        else
        {
            builder.UseSqlite(runtime.ConnectionString);
        }
    }

    private static void AddEmbeddedDefaults(IServiceCollection services)
    {
        services.AddOptions<MailOptions>().PostConfigure<WorkflowRuntimeOptions>((mail, runtime) =>
        {
            if (string.IsNullOrWhiteSpace(mail.FromAddress))
            {
                mail.FromAddress = "kim@kreis-warendorf.example";
                mail.FromName ??= "Kommunales Integrationsmanagement Kreis Warendorf";
            }

            if (mail.UsesPickupFolder && mail.PickupDirectory == Path.Combine("data", "mail-pickup"))
            {
                mail.PickupDirectory = Path.Combine(runtime.DataDirectory, "mail-pickup");
            }
        });
        services.AddOptions<TemplateOptions>().PostConfigure(t => t.Globals.TryAdd("organisation", "Kreis Warendorf – Kommunales Integrationsmanagement (KIM)"));
        services.AddOptions<AnswerLinkOptions>().PostConfigure<WorkflowRuntimeOptions>((links, runtime) =>
        {
            if (string.IsNullOrWhiteSpace(links.SigningKey))
            {
                links.SigningKey = SigningKeyFile(runtime.DataDirectory);
            }
        });
    }

    /// <summary>The embedded default's signing key: random, created once in the data folder (configure one in production).</summary>
    private static string SigningKeyFile(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        var path = Path.Combine(dataDirectory, "answer-link.key");
        if (!File.Exists(path))
        {
            try
            {
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                using var writer = new StreamWriter(stream);
                writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            }
            catch (IOException) when (File.Exists(path))
            {
                // another host created it meanwhile
            }
        }

        return File.ReadAllText(path).Trim();
    }
}
