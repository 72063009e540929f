using Kim.Workflows.Application.Cases;
using Kim.Workflows.Application.Partners;
using Kim.Workflows.Domain;
using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Districts;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Domain.Seeding;
using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Runtime;
using Kim.Workflows.Runtime.Persistence;
using Kim.Workflows.Runtime.Persistence.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kim.Workflows.Application.Tests.Support;

/// <summary>
/// The case-file services without the workflow runtime: the KIM domain on a migrated SQLite file, districts and demo
/// partners seeded, a fake clock; the runtime's tables only to be read (a running cycle is a row, <see cref="StartCycleRowAsync"/>). Each call of <see cref="InScopeAsync{T}"/> is a fresh unit of work, as one web request is.
/// </summary>
public sealed class CaseFileHost : IAsyncDisposable
{
    public static readonly KimUser Sued1 = new("cm.sued1", "Fallmanagement Südkreis 1", KimRole.CaseManager, [KreisWarendorf.Suedkreis]);
    public static readonly KimUser Sued2 = new("cm.sued2", "Fallmanagement Südkreis 2", KimRole.CaseManager, [KreisWarendorf.Suedkreis]);
    public static readonly KimUser Ahlen = new("cm.ahlen", "Fallmanagement Ahlen", KimRole.CaseManager, [KreisWarendorf.Ahlen]);

    private readonly string _folder;
    private readonly ServiceProvider _services;

    private CaseFileHost(string folder, ServiceProvider services, FakeTimeProvider time)
    {
        _folder = folder;
        _services = services;
        Time = time;
    }

    public FakeTimeProvider Time { get; }

    /// <summary>The container (for handlers that open their own scopes).</summary>
    public IServiceProvider Services => _services;

    public static async Task<CaseFileHost> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kim-casefile-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddKimWorkflowsDomain(b => b.UseKimSqlite($"Data Source={Path.Combine(folder, "kim.db")};Default Timeout=60"));
        var workflows = new WorkflowDbContextFactory(new WorkflowRuntimeOptions { DataDirectory = folder });
        await new DatabaseMigrator(workflows).MigrateAsync();
        services.AddSingleton(workflows);
        services.AddScoped<CaseFileService>();
        services.AddScoped<CaseEditGate>();
        services.AddScoped<ConsentInputValidator>();
        services.AddScoped<ConsentService>();
        services.AddScoped<HouseholdService>();
        services.AddScoped<ContactService>();
        services.AddScoped<ClientDataService>();
        services.AddScoped<AssessmentService>();
        services.AddScoped<GoalService>();
        services.AddScoped<ZielvereinbarungService>();
        services.AddScoped<ServiceReferralService>();
        services.AddSingleton<ConsentGuard>();
        var host = new CaseFileHost(folder, services.BuildServiceProvider(), time);
        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<KimDbContext>();
            await KimDatabase.InitializeAsync(db);
            db.Districts.AddRange(KreisWarendorf.CreateDistricts());
            db.Partners.AddRange(DemoPartners.Create());
            return await db.SaveChangesAsync();
        });
        return host;
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> use)
    {
        await using var scope = _services.CreateAsyncScope();
        return await use(scope.ServiceProvider);
    }

    public Task<T> WithAsync<TService, T>(Func<TService, Task<T>> use)
        where TService : notnull => InScopeAsync(sp => use(sp.GetRequiredService<TService>()));

    /// <summary>Opens a case in Oelde (Südkreis) with <c>cm.sued1</c> responsible.</summary>
    public Task<Fallakte> OpenCaseAsync(string responsible = "cm.sued1") =>
        WithAsync<CaseIntakeService, Fallakte>(async intake => (await intake.OpenAsync(new NewCaseRequest
        {
            Municipality = "Oelde", GivenName = "Amira", FamilyName = "Beispiel", ResponsibleCaseManager = responsible, Languages = ["Arabisch"],
        })).File);

    /// <summary>A running case-management cycle of the case, as the runtime stores it (only the row the queries read).</summary>
    public async Task StartCycleRowAsync(string caseNumber)
    {
        await using var db = Services.GetRequiredService<WorkflowDbContextFactory>().Create();
        var id = Guid.CreateVersion7();
        db.Instances.Add(new InstanceRecord
        {
            Id = id, RootInstanceId = id, DefinitionId = CaseWorkflowService.CycleProcess + ":1", ProcessKey = CaseWorkflowService.CycleProcess,
            BusinessKey = caseNumber, Status = InstanceStatus.Running, StartedAt = Time.GetUtcNow(), StateJson = "{}", Revision = 1,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>Closes the file (as the workflow's last step does), so edits are refused.</summary>
    public Task CloseAsync(Guid caseId) =>
        WithAsync<KimDbContext, int>(async db =>
        {
            var stored = await db.Cases.Include(c => c.PhaseHistory).SingleAsync(c => c.Id == caseId);
            stored.Close(ClosingReason.ZieleErreicht, GoalAchievement.VollstaendigErreicht, Time.GetUtcNow());
            db.Entry(stored.PhaseHistory[^1]).State = EntityState.Added;
            return await db.SaveChangesAsync();
        });

    public Task<Guid> PartnerIdAsync(string name) =>
        WithAsync<KimDbContext, Guid>(db => db.Partners.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());

    public Task<List<AccessLogEntry>> AccessLogAsync(Guid caseId) =>
        WithAsync<KimDbContext, List<AccessLogEntry>>(db => db.AccessLog.AsNoTracking().Where(e => e.CaseId == caseId).OrderBy(e => e.Id).ToListAsync());

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open must not fail the test; the temp folder is cleaned by the OS.
        }
    }
}
