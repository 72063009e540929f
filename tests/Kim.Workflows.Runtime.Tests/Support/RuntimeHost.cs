using Hangfire;
using Kim.Workflows.Runtime.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Kim.Workflows.Runtime.Tests.Support;

/// <summary>A real Generic Host with the runtime, a SQLite file and an in-memory Hangfire server (short polling).</summary>
public sealed class RuntimeHost : IAsyncDisposable
{
    private RuntimeHost(IHost host) => Host = host;

    public IHost Host { get; }

    public IServiceProvider Services => Host.Services;

    public WorkflowRuntime Runtime => Services.GetRequiredService<WorkflowRuntime>();

    public JobStorage Hangfire => Services.GetRequiredService<JobStorage>();

    public static async Task<RuntimeHost> StartAsync(string dataDirectory, FakeTimeProvider time, Action<IServiceCollection>? services = null, Action<WorkflowRuntimeOptions>? options = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<TimeProvider>(time);
        services?.Invoke(builder.Services);
        builder.Services.AddKimWorkflowsRuntime(o =>
        {
            o.DataDirectory = dataDirectory;
            o.SchedulePollingInterval = TimeSpan.FromMilliseconds(100);
            o.QueuePollInterval = TimeSpan.FromMilliseconds(100);
            o.HangfireWorkerCount = 4;
            o.ServiceTaskBackoff = TimeSpan.FromMilliseconds(50);
            options?.Invoke(o);
        });
        builder.Services.Configure<HostOptions>(h => h.ShutdownTimeout = TimeSpan.FromSeconds(5));
        var host = builder.Build();
        await host.StartAsync();
        return new RuntimeHost(host);
    }

    public WorkflowDbContext Db() => Services.GetRequiredService<WorkflowDbContextFactory>().Create();

    public T Job<T>()
        where T : notnull => ActivatorUtilities.GetServiceOrCreateInstance<T>(Services);

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        SqliteConnection.ClearAllPools();
    }
}
