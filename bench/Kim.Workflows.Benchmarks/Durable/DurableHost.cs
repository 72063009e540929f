using Kim.Workflows.Runtime;
using Kim.Workflows.Runtime.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kim.Workflows.Benchmarks.Durable;

/// <summary>The runtime as an app runs it: Generic Host, SQLite file (WAL, synchronous=FULL), in-memory Hangfire.</summary>
internal sealed class DurableHost : IAsyncDisposable
{
    private readonly IHost _host;

    private DurableHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public WorkflowRuntime Runtime => Services.GetRequiredService<WorkflowRuntime>();

    public WorkflowDbContextFactory Contexts => Services.GetRequiredService<WorkflowDbContextFactory>();

    public static async Task<DurableHost> StartAsync(string dataDirectory, Action<WorkflowRuntimeOptions>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true }); // no config file watchers
        builder.Logging.ClearProviders();
        // A benchmark host measures real time: its composition root takes the machine clock.
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddKimWorkflowsRuntime(o =>
        {
            o.DataDirectory = dataDirectory;
            o.HangfireWorkerCount = 2;
            configure?.Invoke(o);
        });
        var host = builder.Build();
        await host.StartAsync().ConfigureAwait(false);
        return new DurableHost(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync().ConfigureAwait(false);
        _host.Dispose();
        SqliteConnection.ClearAllPools();
    }
}
