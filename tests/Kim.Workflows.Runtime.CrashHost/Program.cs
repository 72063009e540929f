using Kim.Workflows.Application;
using Kim.Workflows.Application.Mail;
using Kim.Workflows.Application.Persistence;
using Kim.Workflows.Engine.Commands;
using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Runtime;
using Kim.Workflows.Notifications.Mail;
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
// Usage: dotnet Kim.Workflows.Runtime.CrashHost.dll <data-dir> <workflows-dir> <effect-log> <instances> <smtp-port>
// Load: starts the instances CRASH-0000.. that do not exist yet (timer of 1-3 s, then a user task), completes every
// open task, and sweeps (due timers, left-over outbox rows) twice a second. Every new task sends a notice through the
// application's mail outbox to the SMTP server on <smtp-port> (at most MaxConcurrentSends at a time). Acknowledgements
// on stdout, one per line, written only after the command committed: "S <business key> <instance id>", "C <task id>".
if (args.Length != 5)
{
    Console.Error.WriteLine("usage: <data-dir> <workflows-dir> <effect-log> <instances> <smtp-port>");
    return 2;
}

var (dataDirectory, workflows, effectLog, count) = (args[0], args[1], args[2], int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture));
var smtpPort = int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture);
Console.WriteLine("booting");
var builder = Host.CreateApplicationBuilder();
builder.Logging.ClearProviders();
builder.Services.AddSingleton<IOutboxEffectHandler>(sp => new EffectLog(effectLog, sp.GetRequiredService<MailOutbox>()));
// A real process killed and restarted by the crash tests: its timers and leases run on real time.
builder.Services.AddSingleton(TimeProvider.System);

// The mail window: the application's outbox and the real SMTP transport. The app tables and the re-send of mails a kill
// left in "Sending" come first (hosted services start in registration order, this one before the runtime's).
builder.Services.Configure<MailOptions>(m =>
{
    m.Host = "127.0.0.1";
    m.Port = smtpPort;
    m.Security = MailSecurity.None;
    m.FromAddress = "kim@crash.example";
    m.ConnectTimeout = TimeSpan.FromSeconds(5);
    m.OperationTimeout = TimeSpan.FromSeconds(5);
    m.MaxConcurrentSends = MailWindow.MaxConcurrentSends;
});
builder.Services.Configure<ApplicationOptions>(o => o.MailDomain = "crash.example");
builder.Services.AddSingleton<MimeMessageBuilder>();
builder.Services.AddSingleton<IMailTransport, SmtpMailTransport>();
builder.Services.AddSingleton(new RetryPolicy(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromHours(24)));
builder.Services.AddDbContextFactory<ApplicationDbContext>((sp, b) => b.UseSqlite(sp.GetRequiredService<WorkflowDbContextFactory>().ConnectionString));
builder.Services.AddSingleton<MailOutbox>();
builder.Services.AddHostedService<MailWindow>();
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

/// <summary>
/// Applies "user-task-created" as production does in spirit: appends its idempotency key to a file, then sends the task
/// notice through the mail outbox (Message-Id <c>{taskId}.aufgabe@crash.example</c>); throws while it must be retried.
/// </summary>
internal sealed class EffectLog(string path, MailOutbox mails) : IOutboxEffectHandler
{
    private readonly Lock _lock = new();

    public string Kind => OutboxKinds.UserTaskCreated;

    public async Task ApplyAsync(string idempotencyKey, EngineEffect effect, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            using var file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
            file.Write(System.Text.Encoding.UTF8.GetBytes(idempotencyKey + "\n"));
        }

        var task = (UserTaskCreated)effect;
        var job = new ServiceTaskRequest(task.TaskId, task.InstanceId, task.ElementId, "crash", task.BusinessKey, new Dictionary<string, object?>(), 1);
        var outcome = await mails.SendAsync(job, "aufgabe", "crash", messageId => new OutgoingMail(
            messageId, [new MailRecipient("fm@crash.example")], $"Neue Aufgabe {task.BusinessKey}", "<p>Neue Aufgabe</p>", "Neue Aufgabe"), cancellationToken);
        switch (outcome.State)
        {
            case MailSendState.RetryLater:
                throw new InvalidOperationException($"notice {task.TaskId}: {outcome.Error}");
            case MailSendState.Failed:
                throw new OutboxGiveUpException($"notice {task.TaskId}: {outcome.Error}");
        }
    }
}

/// <summary>Start-up of the mail window: the app tables, then the mails a kill left in "Sending" go out again.</summary>
internal sealed class MailWindow(IDbContextFactory<ApplicationDbContext> contexts, MailOutbox mails, TimeProvider time) : IHostedService
{
    public const int MaxConcurrentSends = 2;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await ApplicationSchema.EnsureAsync(db, time, cancellationToken);
        }

        await mails.ResendInterruptedAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
