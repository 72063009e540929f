using Kim.Workflows.Engine.Commands;
using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Runtime;
using Kim.Workflows.Runtime.Jobs;
using Kim.Workflows.Runtime.Outbox;
using Kim.Workflows.Runtime.Persistence;
using Kim.Workflows.Runtime.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// A runtime host under a mixed load, for the crash test: the parent kills this process with SIGKILL at random
// moments and starts it again on the same SQLite file.
// Usage: dotnet Kim.Workflows.Runtime.CrashHost.dll <data-dir> <workflows-dir> <effect-log> <instances>
// Load: starts the instances CRASH-0000.. that do not exist yet (timer of 1-3 s, then a user task), completes every
// open task, and sweeps (due timers, left-over outbox rows) twice a second. Acknowledgements on stdout, one per
// line, written only after the command committed: "S <business key> <instance id>", "C <task id>".
if (args.Length != 4)
{
    Console.Error.WriteLine("usage: <data-dir> <workflows-dir> <effect-log> <instances>");
    return 2;
}

var (dataDirectory, workflows, effectLog, count) = (args[0], args[1], args[2], int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture));
Console.WriteLine("booting");
var builder = Host.CreateApplicationBuilder();
builder.Logging.ClearProviders();
builder.Services.AddSingleton<IOutboxEffectHandler>(new EffectLog(effectLog));
// A real process killed and restarted by the crash tests: its timers and leases run on real time.
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddKimWorkflowsRuntime(o =>
{
    o.DataDirectory = dataDirectory;
    o.WorkflowsDirectory = workflows;
    o.SchedulePollingInterval = TimeSpan.FromMilliseconds(200);
    o.QueuePollInterval = TimeSpan.FromMilliseconds(100);
    o.HangfireWorkerCount = 4;
    o.OutboxLease = TimeSpan.FromSeconds(2); // rows leased by a killed process come back soon
});
using var host = builder.Build();
await host.StartAsync();
Console.WriteLine("ready");

var runtime = host.Services.GetRequiredService<WorkflowRuntime>();
var contexts = host.Services.GetRequiredService<WorkflowDbContextFactory>();
var sweep = ActivatorUtilities.CreateInstance<RuntimeSweepJob>(host.Services);

HashSet<string?> existing;
await using (var db = contexts.Create())
{
    existing = (await db.Instances.Select(i => i.BusinessKey).ToListAsync()).ToHashSet();
}

var starter = Task.Run(async () =>
{
    for (var n = 0; n < count; n++)
    {
        var key = $"CRASH-{n:D4}";
        if (existing.Contains(key))
        {
            continue;
        }

        var started = await runtime.StartAsync("erinnerung", key, new Dictionary<string, object?> { ["wait"] = $"PT{1 + (n % 3)}S" }, "crash");
        Console.WriteLine($"S {key} {started.InstanceId}");
    }
});

var completer = Task.Run(async () =>
{
    while (true)
    {
        List<Guid> open;
        await using (var db = contexts.Create())
        {
            open = await db.UserTasks.Where(t => t.State == UserTaskState.Open).OrderBy(t => t.CreatedAt).Select(t => t.Id).Take(50).ToListAsync();
        }

        foreach (var taskId in open)
        {
            try
            {
                await runtime.CompleteTaskAsync(taskId, new Dictionary<string, object?> { ["erledigt"] = true }, "crash");
                Console.WriteLine($"C {taskId}");
            }
            catch (Exception e) when (e is ConcurrencyConflictException or NotFoundException)
            {
                // someone else (nobody here, but the rule holds) got there first
            }
        }

        if (open.Count == 0)
        {
            await Task.Delay(50);
        }
    }
});

var sweeper = Task.Run(async () =>
{
    while (true)
    {
        await Task.Delay(500);
        await sweep.SweepAsync(CancellationToken.None);
    }
});

await Task.WhenAll(starter, completer, sweeper);
return 0;

/// <summary>Applies "user-task-created" (the inbox notification in production) by appending its idempotency key to a file.</summary>
internal sealed class EffectLog(string path) : IOutboxEffectHandler
{
    private readonly Lock _lock = new();

    public string Kind => OutboxKinds.UserTaskCreated;

    public Task ApplyAsync(string idempotencyKey, EngineEffect effect, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            using var file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
            file.Write(System.Text.Encoding.UTF8.GetBytes(idempotencyKey + "\n"));
        }

        return Task.CompletedTask;
    }
}
