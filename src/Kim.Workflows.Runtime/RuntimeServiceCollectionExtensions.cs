using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Kim.Workflows.Engine.Commands;
using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Persistence;
using Kim.Workflows.Engine.Timers;
using Kim.Workflows.Engine.Validation;
using Kim.Workflows.Engine.Variables;
using Kim.Workflows.Runtime.Jobs;
using Kim.Workflows.Runtime.Outbox;
using Kim.Workflows.Runtime.Persistence;
using Kim.Workflows.Runtime.Timers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Kim.Workflows.Runtime;

public static class RuntimeServiceCollectionExtensions
{
    /// <summary>
    /// The durable runtime: EF stores, the engine, the outbox, Hangfire timers and service-task jobs, and a
    /// start-up service (migrate, deploy <c>workflows/</c>, re-schedule). Register <see cref="IServiceTaskHandler"/>s
    /// as you like; handler names are known at deploy time. A registered <see cref="WorkingDayCalendar"/>
    /// (the host's closure days) reaches the engine through <see cref="ExecutorOptions.WorkingDays"/>. The host registers the <see cref="TimeProvider"/> (its composition root alone reads the wall clock).
    /// </summary>
    public static IServiceCollection AddKimWorkflowsRuntime(this IServiceCollection services, Action<WorkflowRuntimeOptions>? configure = null)
    {
        var options = new WorkflowRuntimeOptions();
        configure?.Invoke(options);
        services.AddSingleton(options);
        services.TryAddSingleton<IIdGenerator>(sp => new SequentialIdGenerator(sp.GetRequiredService<TimeProvider>()));
        // The host may register a WorkingDayCalendar with its closure days; without one, NRW weekends and holidays.
        services.TryAddSingleton(sp => ExecutorOptions.Default with
        {
            WorkingDays = sp.GetService<WorkingDayCalendar>() ?? WorkingDayCalendar.Nrw,
            VariableLimits = new VariableLimits(options.MaxVariableKilobytes * 1024L, options.MaxInstanceVariableKilobytes * 1024L),
        });

        services.AddSingleton<WorkflowDbContextFactory>();
        services.AddSingleton<DatabaseBackup>();
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<ServiceTaskHandlerRegistry>();
        services.TryAddSingleton(sp => new ValidationOptions { KnownHandlers = sp.GetRequiredService<ServiceTaskHandlerRegistry>().Names });
        services.AddSingleton<EfDefinitionRepository>();
        services.AddSingleton<DesignerDraftStore>();
        services.AddSingleton<IDefinitionProvider>(sp => sp.GetRequiredService<EfDefinitionRepository>());
        services.AddSingleton<EfInstanceStore>();
        services.AddSingleton<IInstanceStore>(sp => sp.GetRequiredService<EfInstanceStore>());
        services.AddSingleton(sp => new WorkflowEngine(
            sp.GetRequiredService<IDefinitionProvider>(), sp.GetRequiredService<IInstanceStore>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IIdGenerator>(), sp.GetRequiredService<ExecutorOptions>()));

        services.TryAddSingleton<IOutboxRetryPolicy, OutboxRetryPolicy>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<OutboxMonitor>();
        services.AddSingleton<OutboxRouting>();
        services.AddSingleton<IOutboxEffectHandler, TimerScheduledHandler>();
        services.AddSingleton<IOutboxEffectHandler, JobCreatedHandler>();
        services.AddSingleton<TimerScheduler>();
        services.AddSingleton<TimerHorizon>();
        services.AddSingleton<TimerMaintenance>();
        services.AddSingleton<WorkflowRuntime>();
        services.AddSingleton<Queries.InboxQuery>();
        services.AddTransient<TimerJob>();
        services.AddTransient<ServiceTaskJob>();
        services.AddTransient<RuntimeSweepJob>();
        services.AddTransient<OutboxRetryJob>();

        AddHangfirePerHost(services, options);
        return services;
    }

    /// <summary>
    /// Hangfire keeps storage and activator in static globals; two hosts in one process would steal each
    /// other's jobs (TOOLCHAIN.md gotcha 1). So this host's storage, activator, client and recurring
    /// manager are registered first (AddHangfire only adds what is missing) and passed to the server.
    /// </summary>
    private static void AddHangfirePerHost(IServiceCollection services, WorkflowRuntimeOptions options)
    {
        services.AddSingleton<JobStorage>(sp => CreateStorage(sp, options));
        services.AddSingleton<JobActivator>(sp => new ScopedJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddSingleton<IBackgroundJobClient>(sp => new BackgroundJobClient(sp.GetRequiredService<JobStorage>()));
        services.AddSingleton<IRecurringJobManager>(sp => new RecurringJobManager(
            sp.GetRequiredService<JobStorage>(), Hangfire.Common.JobFilterProviders.Providers, new BerlinTimeZoneResolver()));

        // Start-up must run before the server picks up jobs: hosted services start in registration order.
        services.AddHostedService<RuntimeStartup>();
        services.AddHangfire((sp, c) => c.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HangfireLogBridge(sp.GetRequiredService<ILoggerFactory>())));
        if (options.RunHangfireServer)
        {
            services.AddHangfireServer((sp, server) =>
            {
                server.Activator = sp.GetRequiredService<JobActivator>();
                server.TimeZoneResolver = new BerlinTimeZoneResolver();
                server.SchedulePollingInterval = options.SchedulePollingInterval;
                server.WorkerCount = options.HangfireWorkerCount;
                server.Queues = [options.Queue];
                server.StopTimeout = TimeSpan.FromSeconds(5);
                server.ServerName = $"kim-workflows-{Environment.MachineName}-{Guid.NewGuid():N}";
            });
        }
    }

    private static JobStorage CreateStorage(IServiceProvider services, WorkflowRuntimeOptions options)
    {
        // Applies this host's global Hangfire configuration (log provider) before the storage logs anything.
        services.GetRequiredService<IGlobalConfiguration>();
        return options.HangfireStorage switch
        {
            HangfireStorageKind.InMemory => new InMemoryStorage(new InMemoryStorageOptions()),
            HangfireStorageKind.Postgres => new PostgreSqlStorage(
                new NpgsqlConnectionFactory(options.HangfireConnectionString ?? options.ConnectionString
                    ?? throw new InvalidOperationException("A PostgreSQL connection string is required for Hangfire's PostgreSQL storage."), new PostgreSqlStorageOptions()),
                new PostgreSqlStorageOptions { QueuePollInterval = options.QueuePollInterval, PrepareSchemaIfNecessary = true }),
            _ => throw new InvalidOperationException($"Unknown Hangfire storage {options.HangfireStorage}."),
        };
    }
}
