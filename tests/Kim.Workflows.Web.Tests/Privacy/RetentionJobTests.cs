using Hangfire;
using Hangfire.Storage;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Clients;
using Kim.Workflows.Domain.Districts;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Domain.Privacy;
using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Runtime;
using Kim.Workflows.Runtime.Outbox;
using Kim.Workflows.Runtime.Persistence;
using Kim.Workflows.Runtime.Persistence.Entities;
using Kim.Workflows.Web.Privacy;
using Kim.Workflows.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kim.Workflows.Web.Tests.Privacy;

/// <summary>
/// The retention job in the real host on 25.11.2026: a case closed in 2020 (retention ended
/// 31.12.2025) is anonymised everywhere, a case closed in 2025 stays, a second run changes nothing.
/// </summary>
public sealed class RetentionJobTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private readonly KimWebFactory _factory = new();
    private readonly Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _host;

    public RetentionJobTests() =>
        _host = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Now))));

    public void Dispose()
    {
        _host.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task A_case_closed_six_years_ago_is_anonymised_everywhere_a_recent_one_stays_and_a_second_run_changes_nothing()
    {
        var old = await StoreCaseAsync("KIM-2019-0001", "Geheimname", closedAt: new DateTimeOffset(2020, 6, 1, 10, 0, 0, TimeSpan.Zero));
        var recent = await StoreCaseAsync("KIM-2025-0002", "Bleibtname", closedAt: new DateTimeOffset(2025, 3, 1, 10, 0, 0, TimeSpan.Zero));
        var oldInstance = await RunWorkflowAsync("KIM-2019-0001", "Amina Geheimname");
        var recentInstance = await RunWorkflowAsync("KIM-2025-0002", "Berta Bleibtname");

        var first = await RunJobAsync();
        Assert.Equal(1, first.CasesAnonymised);
        Assert.Equal(1, first.InstancesCleaned);
        Assert.True(first.VariablesRemoved >= 2);
        Assert.Equal(1, first.TaskCompletionsCleared);
        Assert.Equal(1, first.OutboxPayloadsCleared);

        await using (var scope = _host.Services.CreateAsyncScope())
        {
            var kim = scope.ServiceProvider.GetRequiredService<KimDbContext>();
            var oldFile = await kim.CaseFiles.AsNoTracking().SingleAsync(c => c.Id == old);
            Assert.NotNull(oldFile.AnonymizedAt);
            Assert.Null(oldFile.Client);
            Assert.Empty(oldFile.Notes);
            Assert.Null(oldFile.MunicipalityId);
            Assert.Null((await kim.DataSubjectRequests.SingleAsync(r => r.CaseId == old)).Description);
            var recentFile = await kim.CaseFiles.AsNoTracking().SingleAsync(c => c.Id == recent);
            Assert.Null(recentFile.AnonymizedAt);
            Assert.Equal("Bleibtname", recentFile.Client!.FamilyName);
            Assert.Single(recentFile.Notes);
            Assert.NotNull((await kim.DataSubjectRequests.SingleAsync(r => r.CaseId == recent)).Description);
        }

        var before = await RuntimeSnapshotAsync();
        Assert.DoesNotContain("Geheimname", before[oldInstance], StringComparison.Ordinal);
        Assert.Contains("Bleibtname", before[recentInstance], StringComparison.Ordinal);

        var second = await RunJobAsync();
        Assert.False(second.ChangedAnything);
        Assert.Equal(before, await RuntimeSnapshotAsync());

        using var connection = _host.Services.GetRequiredService<JobStorage>().GetConnection();
        Assert.Contains(connection.GetRecurringJobs(), j => j.Id == RetentionJob.RecurringJobId && j.Cron == RetentionJob.Cron);
    }

    [Fact]
    public async Task The_job_deletes_access_log_entries_after_their_own_configured_period()
    {
        using var host = _factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("KimWorkflows:Retention:AccessLogYearsAfterEntry", "0");
            b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));
        });
        var user = new Kim.Workflows.Domain.Access.KimUser("cm.ahlen", "Fallmanagerin Ahlen", Kim.Workflows.Domain.Access.KimRole.CaseManager, ["ahlen"]);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KimDbContext>();
            new Kim.Workflows.Domain.Access.AccessLog(db, new FakeTimeProvider(new DateTimeOffset(2025, 6, 1, 8, 0, 0, TimeSpan.Zero))).Record(user, Kim.Workflows.Domain.Access.AccessAction.Read, null, "KIM-2025-0009", "Fallakte");
            new Kim.Workflows.Domain.Access.AccessLog(db, new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero))).Record(user, Kim.Workflows.Domain.Access.AccessAction.Read, null, "KIM-2026-0009", "Fallakte");
            await db.SaveChangesAsync();
        }

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var run = await scope.ServiceProvider.GetRequiredService<RetentionJob>().RunAsync(CancellationToken.None);
            Assert.Equal(1, run.AccessLogEntriesDeleted);
            var db = scope.ServiceProvider.GetRequiredService<KimDbContext>();
            Assert.Equal(["KIM-2026-0009"], await db.AccessLog.AsNoTracking().Where(e => e.What == "Fallakte").Select(e => e.CaseNumber).ToListAsync());
        }
    }

    private async Task<RetentionRunResult> RunJobAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RetentionJob>().RunAsync(CancellationToken.None);
    }

    private async Task<Guid> StoreCaseAsync(string number, string familyName, DateTimeOffset closedAt)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KimDbContext>();
        if (!await db.Districts.AnyAsync())
        {
            db.Districts.AddRange(KreisWarendorf.CreateDistricts());
        }

        var file = new Fallakte { CaseNumber = number, DistrictId = "ahlen", MunicipalityId = "ahlen", OpenedAt = closedAt.AddMonths(-8), ResponsibleCaseManager = "cm.ahlen" };
        file.MoveTo(CasePhase.Erstberatung, closedAt.AddMonths(-8));
        file.MoveTo(CasePhase.Assessment, closedAt.AddMonths(-7));
        file.Client = new Client { CaseId = file.Id, GivenName = "Amina", FamilyName = familyName, Phone = "+49 000" };
        file.Notes.Add(new CaseNote { CaseId = file.Id, Author = "cm.ahlen", Text = familyName + " hat einen Termin", CreatedAt = closedAt.AddMonths(-6) });
        file.Close(ClosingReason.ZieleErreicht, GoalAchievement.UeberwiegendErreicht, closedAt, familyName + " ist zufrieden");
        db.Cases.Add(file);
        db.DataSubjectRequests.Add(new DataSubjectRequest
        {
            CaseId = file.Id, CaseNumber = number, Kind = DataSubjectRequestKind.Berichtigung, ReceivedOn = DateOnly.FromDateTime(closedAt.UtcDateTime.AddMonths(-1)),
            Description = familyName + " heißt anders", RecordedBy = "cm.ahlen", RecordedAt = closedAt.AddMonths(-1),
        });
        await db.SaveChangesAsync();
        return file.Id;
    }

    /// <summary>Runs the test workflow to its end with the client's name in its variables, plus an outbox row carrying it.</summary>
    private async Task<Guid> RunWorkflowAsync(string caseNumber, string clientName)
    {
        var runtime = _host.Services.GetRequiredService<WorkflowRuntime>();
        var started = await runtime.StartAsync("erstberatung", caseNumber, new Dictionary<string, object?> { ["clientName"] = clientName }, "cm.ahlen");
        var task = started.Effects.OfType<UserTaskCreated>().Single();
        await runtime.CompleteTaskAsync(task.TaskId, new Dictionary<string, object?> { ["notiz"] = clientName + " braucht Dolmetschung", ["verweis"] = false }, "cm.ahlen");
        var instanceId = started.InstanceId!.Value;
        await using var db = _host.Services.GetRequiredService<WorkflowDbContextFactory>().Create();
        var effect = new MessageThrown(instanceId, "fallAbgeschlossen", caseNumber, new Dictionary<string, object?> { ["clientName"] = clientName });
        db.Outbox.Add(new OutboxRecord
        {
            Id = "message-thrown:" + caseNumber, Kind = OutboxKinds.MessageThrown, InstanceId = instanceId,
            PayloadJson = OutboxPayload.Serialize(effect), CreatedAt = Now, NextAttemptAt = Now, DoneAt = Now,
        });
        await db.SaveChangesAsync();
        return instanceId;
    }

    private async Task<Dictionary<Guid, string>> RuntimeSnapshotAsync()
    {
        await using var db = _host.Services.GetRequiredService<WorkflowDbContextFactory>().Create();
        var instances = await db.Instances.AsNoTracking().ToListAsync();
        var tasks = await db.UserTasks.AsNoTracking().ToListAsync();
        var outbox = await db.Outbox.AsNoTracking().ToListAsync();
        return instances.ToDictionary(i => i.Id, i => i.StateJson
            + string.Concat(tasks.Where(t => t.InstanceId == i.Id).Select(t => t.CompletionVariablesJson))
            + string.Concat(outbox.Where(o => o.InstanceId == i.Id).Select(o => o.PayloadJson)));
    }
}
