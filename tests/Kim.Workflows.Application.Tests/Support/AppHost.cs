using System.Security.Cryptography;
using Kim.Workflows.Application.Cases;
using Kim.Workflows.Application.Persistence;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Consents;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Notifications.Links;
using Kim.Workflows.Notifications.Mail;
using Kim.Workflows.Notifications.Templates;
using Kim.Workflows.Runtime;
using Kim.Workflows.Runtime.Persistence;
using Kim.Workflows.Runtime.Persistence.Entities;
using Kim.Workflows.Runtime.Timers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Kim.Workflows.Application.Tests.Support;

/// <summary>
/// The application on a real Generic Host: runtime on a SQLite file, Hangfire in memory (short polling),
/// the five workflows from <c>workflows/</c>, the shipped templates, demo partners, a real SMTP server and a
/// fake clock. Time moves only when a test advances it; due timers then fire through the runtime's sweep.
/// </summary>
public sealed class AppHost : IAsyncDisposable
{
    private readonly string _folder;

    private AppHost(IHost host, FakeTimeProvider time, SmtpTestServer smtp, string folder)
    {
        Host = host;
        Time = time;
        Smtp = smtp;
        _folder = folder;
    }

    public IHost Host { get; }

    public FakeTimeProvider Time { get; }

    public SmtpTestServer Smtp { get; }

    public IServiceProvider Services => Host.Services;

    public WorkflowRuntime Runtime => Services.GetRequiredService<WorkflowRuntime>();

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kim.Workflows.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Kim.Workflows.sln not found");
    }

    /// <summary>
    /// Starts a host. Pass <paramref name="folder"/> and <paramref name="smtp"/> of an earlier host to restart on its data
    /// (a crashed process coming back); such a host leaves folder and server to the caller. <paramref name="services"/>
    /// runs after the application's registrations (e.g. to wrap the mail transport).
    /// </summary>
    public static async Task<AppHost> StartAsync(
        DateTimeOffset? now = null, Action<MailOptions>? mail = null, string? folder = null, SmtpTestServer? smtp = null,
        Action<IServiceCollection>? services = null)
    {
        var shared = folder is not null || smtp is not null;
        folder ??= Path.Combine(Path.GetTempPath(), "kim-app-" + Guid.NewGuid().ToString("N"));
        var time = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        smtp ??= await SmtpTestServer.StartAsync();
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddKimWorkflowsRuntime(o =>
        {
            o.DataDirectory = folder;
            o.WorkflowsDirectory = Path.Combine(RepositoryRoot(), "workflows");
            o.SchedulePollingInterval = TimeSpan.FromMilliseconds(100);
            o.QueuePollInterval = TimeSpan.FromMilliseconds(100);
            o.HangfireWorkerCount = 4;
            o.ServiceTaskBackoff = TimeSpan.FromMilliseconds(50);
        });
        builder.Services.AddKimWorkflowsApplication(o =>
        {
            o.StartDemoWorkflows = false;
            o.PublicBaseUrl = "https://kim.test";
        });
        builder.Services.Configure<TemplateOptions>(t => t.Directory = Path.Combine(RepositoryRoot(), "templates"));
        builder.Services.Configure<AnswerLinkOptions>(a => a.SigningKey = SigningKey);
        builder.Services.Configure<MailOptions>(m =>
        {
            m.Host = "127.0.0.1";
            m.Port = smtp.Port;
            m.Security = MailSecurity.None;
            m.FromAddress = "kim@kreis-warendorf.example";
            m.ConnectTimeout = TimeSpan.FromSeconds(5);
            m.OperationTimeout = TimeSpan.FromSeconds(5);
            m.RetryInitialDelay = TimeSpan.FromMilliseconds(100);
            m.RetryMaxDelay = TimeSpan.FromMilliseconds(400);
            mail?.Invoke(m);
        });
        builder.Services.Configure<HostOptions>(h => h.ShutdownTimeout = TimeSpan.FromSeconds(5));
        services?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return new AppHost(host, time, smtp, folder) { _shared = shared };
    }

    private static readonly string SigningKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private bool _shared;

    /// <summary>The data folder (to restart another host on it).</summary>
    public string Folder => _folder;

    /// <summary>Stops the host but keeps the data folder and the SMTP server (the process "crashes"; a new host may restart on the data).</summary>
    public async Task StopKeepingDataAsync()
    {
        _shared = true;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await Host.StopAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
        }

        Host.Dispose();
        SqliteConnection.ClearAllPools();
    }

    public WorkflowDbContext Workflows() => Services.GetRequiredService<WorkflowDbContextFactory>().Create();

    public ApplicationDbContext App() => Services.GetRequiredService<IDbContextFactory<ApplicationDbContext>>().CreateDbContext();

    public T Scoped<T>(Func<IServiceProvider, T> use)
    {
        using var scope = Services.CreateScope();
        return use(scope.ServiceProvider);
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> use)
    {
        await using var scope = Services.CreateAsyncScope();
        return await use(scope.ServiceProvider);
    }

    /// <summary>Opens a case in Oelde (Südkreis) for <c>cm.sued1</c> and starts its cycle.</summary>
    public Task<(Fallakte File, Guid Cycle)> IntakeAsync(string municipality = "Oelde", string? caseManager = "cm.sued1") =>
        InScopeAsync(sp => sp.GetRequiredService<CaseWorkflowService>().IntakeAsync(new NewCaseRequest
        {
            Municipality = municipality, GivenName = "Amira", FamilyName = "Beispiel <b>&</b>", BirthDate = new DateOnly(1990, 5, 1),
            ResponsibleCaseManager = caseManager, Languages = ["Arabisch"],
        }, caseManager));

    /// <summary>Adds a Schweigepflichtentbindung for named partners (by name) and categories.</summary>
    public Task AddConsentAsync(Guid caseId, string[] partnerNames, DataCategory[] categories, DateTimeOffset? revokedAt = null, DateOnly? validUntil = null) =>
        InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<KimDbContext>();
            var partners = await db.Partners.Where(p => partnerNames.Contains(p.Name)).Select(p => p.Id).ToListAsync();
            Assert.Equal(partnerNames.Length, partners.Count);
            db.Consents.Add(new Schweigepflichtentbindung
            {
                CaseId = caseId, PartnerOrganisationIds = partners, DataCategories = [.. categories], Purpose = "Hilfeplanung",
                GivenOn = new DateOnly(2026, 2, 1), ValidUntil = validUntil, RevokedAt = revokedAt, RefusalConsequencesExplained = true,
            });
            await db.SaveChangesAsync();
            return true;
        });

    public async Task<Guid> WaitForTaskAsync(string caseNumber, string elementId, string? process = null)
    {
        return await Eventually.WaitForAsync(async () =>
        {
            await using var db = Workflows();
            return await db.UserTasks.AsNoTracking().Where(t => t.BusinessKey == caseNumber && t.ElementId == elementId && t.State == UserTaskState.Open
                    && (process == null || t.ProcessKey == process))
                .OrderBy(t => t.CreatedAt).Select(t => (Guid?)t.Id).FirstOrDefaultAsync();
        }, id => id is not null, $"task {elementId} of {caseNumber}; {await DescribeAsync(caseNumber)}") ?? Guid.Empty;
    }

    /// <summary>Waits until something of the case waits at an element (a message catch, a timer, a task).</summary>
    public Task WaitForAsync(string caseNumber, string elementId) =>
        Eventually.WaitForAsync(async () =>
        {
            await using var db = Workflows();
            var ids = await db.Instances.Where(i => i.BusinessKey == caseNumber).Select(i => i.Id).ToListAsync();
            return await db.Waits.AnyAsync(w => ids.Contains(w.InstanceId) && w.ElementId == elementId);
        }, $"{caseNumber} to wait at {elementId}");

    public async Task CompleteAsync(string caseNumber, string elementId, Dictionary<string, object?> variables, string? process = null)
    {
        var task = await WaitForTaskAsync(caseNumber, elementId, process);
        await Runtime.CompleteTaskAsync(task, variables, "test");
    }

    /// <summary>Waits until the case's workflows have no job left to run (all handlers reported) and no incident.</summary>
    public Task SettleAsync(string caseNumber) =>
        Eventually.WaitForAsync(async () =>
        {
            await using var db = Workflows();
            var ids = await db.Instances.Where(i => i.BusinessKey == caseNumber).Select(i => i.Id).ToListAsync();
            var jobs = await db.Subscriptions.CountAsync(s => ids.Contains(s.InstanceId) && s.Kind == SubscriptionKind.Job);
            // Task notices are not jobs of the case: they retry on their own schedule (e.g. while SMTP is down).
            var pending = await db.Outbox.CountAsync(o => ids.Contains(o.InstanceId) && o.DoneAt == null && o.Kind != "user-task-created");
            return jobs == 0 && pending == 0;
        }, $"jobs of {caseNumber} to finish");

    public async Task<IReadOnlyList<IncidentRecord>> WaitForIncidentAsync(string caseNumber)
    {
        return await Eventually.WaitForAsync(() => IncidentsAsync(caseNumber), l => l.Count > 0, $"an incident of {caseNumber}");
    }

    public async Task<IReadOnlyList<IncidentRecord>> IncidentsAsync(string caseNumber)
    {
        await using var db = Workflows();
        var ids = await db.Instances.Where(i => i.BusinessKey == caseNumber).Select(i => i.Id).ToListAsync();
        return await db.Incidents.AsNoTracking().Where(i => ids.Contains(i.InstanceId) && i.ResolvedAt == null).ToListAsync();
    }

    /// <summary>Moves the clock and fires what came due (the runtime's sweep), as often as timers keep coming due.</summary>
    public async Task AdvanceToAsync(DateTimeOffset at)
    {
        if (at > Time.GetUtcNow())
        {
            Time.SetUtcNow(at);
        }

        var timers = Services.GetRequiredService<TimerMaintenance>();
        while (await timers.FireDueAsync() > 0)
        {
        }
    }

    public async Task<DateTimeOffset> TimerDueAsync(string caseNumber, string elementId)
    {
        return await Eventually.WaitForAsync(async () =>
        {
            await using var db = Workflows();
            var ids = await db.Instances.Where(i => i.BusinessKey == caseNumber).Select(i => i.Id).ToListAsync();
            return await db.Timers.Where(t => ids.Contains(t.InstanceId) && t.ElementId == elementId && t.Status == TimerStatus.Pending)
                .Select(t => (DateTimeOffset?)t.DueAt).FirstOrDefaultAsync();
        }, d => d is not null, $"timer {elementId} of {caseNumber}") ?? default;
    }

    public async Task<InstanceStatus> StatusAsync(Guid instanceId)
    {
        await using var db = Workflows();
        return await db.Instances.Where(i => i.Id == instanceId).Select(i => i.Status).SingleAsync();
    }

    public async Task<Guid> InstanceAsync(string caseNumber, string process)
    {
        return await Eventually.WaitForAsync(async () =>
        {
            await using var db = Workflows();
            return await db.Instances.Where(i => i.BusinessKey == caseNumber && i.ProcessKey == process).OrderByDescending(i => i.StartedAt)
                .Select(i => (Guid?)i.Id).FirstOrDefaultAsync();
        }, id => id is not null, $"{process} of {caseNumber}") ?? Guid.Empty;
    }

    public async Task<string> DescribeAsync(string caseNumber)
    {
        await using var db = Workflows();
        var ids = await db.Instances.Where(i => i.BusinessKey == caseNumber).Select(i => i.Id).ToListAsync();
        var waits = await db.Subscriptions.Where(s => ids.Contains(s.InstanceId)).Select(s => s.Kind + ":" + s.ElementId).ToListAsync();
        waits.AddRange(await db.UserTasks.Where(t => ids.Contains(t.InstanceId) && t.State == UserTaskState.Open).Select(t => "UserTask:" + t.ElementId).ToListAsync());
        var incidents = await db.Incidents.Where(i => ids.Contains(i.InstanceId) && i.ResolvedAt == null).Select(i => i.ElementId + ": " + i.Message).ToListAsync();
        return $"waiting at [{string.Join(", ", waits)}], incidents [{string.Join(" | ", incidents)}]";
    }

    public async ValueTask DisposeAsync()
    {
        if (_shared)
        {
            try
            {
                await Host.StopAsync();
                Host.Dispose();
            }
            catch (ObjectDisposedException)
            {
            }

            return;
        }

        await Host.StopAsync();
        Host.Dispose();
        await Smtp.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
