using Kim.Workflows.Application.Cases;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Runtime;
using Kim.Workflows.Runtime.Persistence;
using Kim.Workflows.Runtime.Persistence.Entities;
using Kim.Workflows.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kim.Workflows.Web.Tests.Cases;

/// <summary>
/// The web host with the five real workflows of <c>workflows/</c>, the demo partners and cases (no demo instances) and
/// fast Hangfire polling, plus helpers that drive a case's cycle through the runtime.
/// </summary>
public class WorkflowWebFactory : KimWebFactory
{
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

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("KimWorkflows:Runtime:WorkflowsDirectory", Path.Combine(RepositoryRoot(), "workflows"));
        builder.UseSetting("KimWorkflows:Runtime:QueuePollInterval", "00:00:00.100");
        builder.UseSetting("KimWorkflows:Runtime:SchedulePollingInterval", "00:00:00.200");
        builder.UseSetting("KimWorkflows:Runtime:ServiceTaskBackoff", "00:00:00.100");
        builder.UseSetting("KimWorkflows:Application:SeedDemoData", "true");
        builder.UseSetting("KimWorkflows:Application:StartDemoWorkflows", "false");
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> use)
    {
        await using var scope = Services.CreateAsyncScope();
        return await use(scope.ServiceProvider);
    }

    /// <summary>Opens a case through the application service (as the intake page does) and starts its cycle.</summary>
    public Task<Fallakte> IntakeAsync(string municipality, string caseManager, string givenName = "Amira", string familyName = "Beispiel") =>
        InScopeAsync(async sp => (await sp.GetRequiredService<CaseWorkflowService>().IntakeAsync(new NewCaseRequest
        {
            Municipality = municipality, GivenName = givenName, FamilyName = familyName, ResponsibleCaseManager = caseManager, Languages = ["Arabisch"],
        }, caseManager)).File);

    /// <summary>Completes Zugangssteuerung and Erstberatung (own case management) and waits for the Assessment task.</summary>
    public async Task ToAssessmentAsync(string caseNumber)
    {
        await CompleteAsync(caseNumber, "Task_Zugangssteuerung", new() { ["zugangsweg"] = "jobcenter", ["teilnahmeFreiwillig"] = true });
        await CompleteAsync(caseNumber, "Task_Erstberatung", new() { ["erstberatungAm"] = "2026-03-02", ["anliegen"] = "Arbeit", ["weiteresVorgehen"] = "fallmanagement" });
        await WaitForTaskAsync(caseNumber, "Task_Assessment");
    }

    public async Task CompleteAsync(string caseNumber, string elementId, Dictionary<string, object?> variables)
    {
        var task = await WaitForTaskAsync(caseNumber, elementId);
        await Services.GetRequiredService<WorkflowRuntime>().CompleteTaskAsync(task, variables, "test");
    }

    public Task<Guid> WaitForTaskAsync(string caseNumber, string elementId) =>
        WaitAsync(async () =>
        {
            await using var db = Services.GetRequiredService<WorkflowDbContextFactory>().Create();
            return await db.UserTasks.AsNoTracking().Where(t => t.BusinessKey == caseNumber && t.ElementId == elementId && t.State == UserTaskState.Open)
                .Select(t => (Guid?)t.Id).FirstOrDefaultAsync() ?? Guid.Empty;
        }, id => id != Guid.Empty, $"task {elementId} of {caseNumber}");

    /// <summary>Waits until an instance of the case waits at an element (message catch, timer, task).</summary>
    public Task WaitForSubscriptionAsync(string caseNumber, string elementId) =>
        WaitAsync(async () =>
        {
            await using var db = Services.GetRequiredService<WorkflowDbContextFactory>().Create();
            var ids = await db.Instances.Where(i => i.BusinessKey == caseNumber).Select(i => i.Id).ToListAsync();
            return await db.Waits.AnyAsync(w => ids.Contains(w.InstanceId) && w.ElementId == elementId);
        }, found => found, $"{caseNumber} to wait at {elementId}");

    public Task<TResult> KimAsync<TResult>(Func<KimDbContext, Task<TResult>> query) => InScopeAsync(sp => query(sp.GetRequiredService<KimDbContext>()));

    public static async Task<T> WaitAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what, int seconds = 30)
    {
        // Elapsed real time (a stopwatch), not the wall clock: the host runs on the test clock.
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (watch.Elapsed > TimeSpan.FromSeconds(seconds))
            {
                throw new TimeoutException($"Waited {seconds} s for {what}.");
            }

            await Task.Delay(100);
        }
    }
}
