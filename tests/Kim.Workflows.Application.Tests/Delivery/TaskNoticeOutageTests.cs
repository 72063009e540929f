using System.Globalization;
using Kim.Workflows.Application.Cases;
using Kim.Workflows.Application.Persistence;
using Kim.Workflows.Application.Tasks;
using Kim.Workflows.Application.Tests.Support;
using Kim.Workflows.Domain.Time;
using Kim.Workflows.Runtime.Outbox;
using Kim.Workflows.Runtime.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kim.Workflows.Application.Tests.Delivery;

/// <summary>
/// The "neue Aufgabe" notice (an outbox row) through an SMTP outage longer than the old give-up point (10 attempts,
/// about 24 minutes): it is never marked done undelivered, the case timeline says when the next attempt is, the backlog
/// goes out within a minute of the server's return, and after the 24-hour window the row is an incident an administrator
/// retries. Production retry settings (30 s, capped at 60 s); the fake clock moves a minute at a time.
/// </summary>
public sealed class TaskNoticeOutageTests
{
    private const string CaseManager = "cm.sued1@kreis-warendorf.example";
    private const string Domain = "kim.kreis-warendorf.example";

    [Fact]
    public async Task A_task_notice_survives_a_40_minute_outage_and_goes_out_within_a_minute_of_the_return()
    {
        await using var app = await StartAsync();
        app.Smtp.Down = true;
        var (file, _) = await app.IntakeAsync();
        var taskId = await app.WaitForTaskAsync(file.CaseNumber, "Task_Zugangssteuerung");
        await WaitForFailureAsync(app, taskId);
        var dispatcher = app.Services.GetRequiredService<OutboxDispatcher>();

        for (var minute = 1; minute <= 40; minute++)
        {
            app.Time.Advance(TimeSpan.FromMinutes(1));
            await dispatcher.DispatchPendingAsync();
        }

        var row = await NoticeRowAsync(app, taskId);
        Assert.Null(row.DoneAt);
        Assert.Null(row.IncidentAt);
        Assert.True(row.Attempts > 30, $"attempts: {row.Attempts}"); // the old dispatcher gave up (and marked done) after 10
        Assert.NotNull(row.LastError);
        Assert.Empty(app.Smtp.TaskNoticesTo(CaseManager));

        // The timeline names the outage and the next attempt in Berlin time instead of "Pending".
        var mail = await MailAsync(app, taskId);
        Assert.Equal(MailStatus.Pending, mail.Status);
        var timeline = await app.InScopeAsync(sp => sp.GetRequiredService<CaseTimelineQuery>().LoadAsync(file.CaseNumber));
        var expected = $"Zustellung ausstehend (SMTP nicht erreichbar, nächster Versuch {Berlin(mail.NextAttemptAt!.Value)})";
        Assert.Contains(timeline.Entries, e => e.Kind == "E-Mail" && e.Detail == $"an {CaseManager} ({expected})");
        Assert.DoesNotContain(timeline.Entries, e => e.Detail?.Contains("Pending", StringComparison.Ordinal) == true);

        // The server is back: one minute later the notice is delivered, once, and the row is done.
        app.Smtp.Down = false;
        app.Time.Advance(TimeSpan.FromMinutes(1));
        await dispatcher.DispatchPendingAsync();
        var notice = Assert.Single(app.Smtp.TaskNoticesTo(CaseManager));
        Assert.Equal(TaskAssignmentMailer.MessageIdFor(taskId, Domain), notice.MessageId);
        row = await NoticeRowAsync(app, taskId);
        Assert.NotNull(row.DoneAt);
        Assert.Null(row.LastError);
        Assert.Equal(MailStatus.Sent, (await MailAsync(app, taskId)).Status);

        for (var minute = 1; minute <= 3; minute++)
        {
            app.Time.Advance(TimeSpan.FromMinutes(1));
            await dispatcher.DispatchPendingAsync();
        }

        Assert.Single(app.Smtp.TaskNoticesTo(CaseManager));
    }

    [Fact]
    public async Task After_the_retry_window_the_notice_is_an_incident_that_is_listed_not_done_and_can_be_retried()
    {
        await using var app = await StartAsync();
        app.Smtp.Down = true;
        var (file, _) = await app.IntakeAsync();
        var taskId = await app.WaitForTaskAsync(file.CaseNumber, "Task_Zugangssteuerung");
        await WaitForFailureAsync(app, taskId);
        var dispatcher = app.Services.GetRequiredService<OutboxDispatcher>();
        var monitor = app.Services.GetRequiredService<OutboxMonitor>();

        app.Time.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        await dispatcher.DispatchPendingAsync();

        var row = await NoticeRowAsync(app, taskId);
        Assert.Null(row.DoneAt);
        Assert.NotNull(row.IncidentAt);
        var listed = Assert.Single(await monitor.FailingAsync(), f => f.Id == row.Id);
        Assert.Contains("452", listed.LastError, StringComparison.Ordinal); // the SMTP server's answer
        Assert.Equal((0, 1), await monitor.CountsAsync());

        // An incident is not retried by itself.
        app.Smtp.Down = false;
        app.Time.Advance(TimeSpan.FromHours(1));
        await dispatcher.DispatchPendingAsync();
        Assert.Empty(app.Smtp.TaskNoticesTo(CaseManager));

        Assert.True(await monitor.RetryAsync(row.Id));
        Assert.Single(app.Smtp.TaskNoticesTo(CaseManager));
        row = await NoticeRowAsync(app, taskId);
        Assert.NotNull(row.DoneAt);
        Assert.Null(row.IncidentAt);
        Assert.Equal((0, 0), await monitor.CountsAsync());
        Assert.False(await monitor.RetryAsync(row.Id));
    }

    private static Task<AppHost> StartAsync() => AppHost.StartAsync(mail: m =>
    {
        m.RetryInitialDelay = TimeSpan.FromSeconds(30);
        m.RetryMaxDelay = TimeSpan.FromSeconds(60);
        m.RetryWindow = TimeSpan.FromHours(24);
    });

    private static string Berlin(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, KimCalendar.Zone).ToString("HH:mm", CultureInfo.InvariantCulture);

    private static Task WaitForFailureAsync(AppHost app, Guid taskId) =>
        Eventually.WaitForAsync(async () => (await NoticeRowAsync(app, taskId)).LastError is not null, "the first failed attempt of the notice");

    private static async Task<OutboxRecord> NoticeRowAsync(AppHost app, Guid taskId)
    {
        var prefix = $"{OutboxKinds.UserTaskCreated}:{taskId:N}:";
        await using var db = app.Workflows();
        return await db.Outbox.AsNoTracking().SingleAsync(o => o.Id.StartsWith(prefix));
    }

    private static async Task<MailRecord> MailAsync(AppHost app, Guid taskId)
    {
        await using var db = app.App();
        return await db.Mails.AsNoTracking().SingleAsync(m => m.Id == $"{taskId:N}:aufgabe");
    }
}
