using Kim.Workflows.Application.Cases;
using Kim.Workflows.Application.Tests.Support;
using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Assessment;
using Kim.Workflows.Domain.Goals;
using Kim.Workflows.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Application.Tests.Cases;

public sealed class ZielvereinbarungServiceTests
{
    private static Task<CaseEditResult> ConcludeAsync(CaseFileHost host, KimUser user, Guid caseId, ZielvereinbarungInput input) =>
        host.WithAsync<ZielvereinbarungService, CaseEditResult>(s => s.ConcludeAsync(user, caseId, input));

    private static async Task<Guid> GoalAsync(CaseFileHost host, Guid caseId, string text, GoalStatus status = GoalStatus.Offen, int percent = 0) =>
        (await host.WithAsync<GoalService, CaseEditResult>(s => s.AddGoalAsync(CaseFileHost.Sued1, caseId,
            new GoalInput { Lebensbereich = Lebensbereich.Arbeit, Description = text, Status = status, AchievementPercent = percent }))).Id!.Value;

    [Fact]
    public async Task A_later_agreement_supersedes_the_earlier_which_stays_as_history()
    {
        await using var host = await CaseFileHost.StartAsync();
        var file = await host.OpenCaseAsync();
        var job = await GoalAsync(host, file.Id, "Arbeit im erlernten Beruf");
        var course = await GoalAsync(host, file.Id, "Weiterbildung", GoalStatus.InArbeit, 20);

        var first = await ConcludeAsync(host, CaseFileHost.Sued1, file.Id, new ZielvereinbarungInput { AgreedOn = new DateOnly(2026, 3, 1), GoalIds = [job] });
        host.Time.Advance(TimeSpan.FromHours(1));
        var second = await ConcludeAsync(host, CaseFileHost.Sued1, file.Id,
            new ZielvereinbarungInput { AgreedOn = new DateOnly(2026, 3, 1), GoalIds = [job, course, job], SignedByClient = true, Remarks = " mit Dolmetscherin " });

        Assert.True(first.Succeeded && second.Succeeded);
        var agreements = await host.WithAsync<KimDbContext, List<Zielvereinbarung>>(db => db.Zielvereinbarungen.AsNoTracking().Where(z => z.CaseId == file.Id).ToListAsync());
        Assert.Equal(2, agreements.Count);
        var current = Zielvereinbarung.CurrentOf(agreements)!;
        Assert.Equal(second.Id, current.Id);
        Assert.Equal([job, course], current.AgreedGoalIds);
        Assert.Equal((true, "mit Dolmetscherin", "cm.sued1"), (current.SignedByClient, current.Remarks, current.RecordedBy));
        Assert.Equal(2, (await host.AccessLogAsync(file.Id)).Count(e => e is { Action: AccessAction.Create, What: "Zielvereinbarung" }));
    }

    [Fact]
    public async Task Only_open_goals_of_the_file_can_be_agreed_and_no_agreement_lies_before_the_one_in_force()
    {
        await using var host = await CaseFileHost.StartAsync();
        var file = await host.OpenCaseAsync();
        var other = await host.OpenCaseAsync();
        var none = await ConcludeAsync(host, CaseFileHost.Sued1, file.Id, new ZielvereinbarungInput { AgreedOn = new DateOnly(2026, 3, 1) });
        var open = await GoalAsync(host, file.Id, "Arbeit im erlernten Beruf");
        var reached = await GoalAsync(host, file.Id, "Führerschein", GoalStatus.Erreicht, 100);
        var foreign = await GoalAsync(host, other.Id, "Wohnung");
        Assert.True((await ConcludeAsync(host, CaseFileHost.Sued1, file.Id, new ZielvereinbarungInput { AgreedOn = new DateOnly(2026, 2, 20), GoalIds = [open] })).Succeeded);

        var closedGoal = await ConcludeAsync(host, CaseFileHost.Sued1, file.Id, new ZielvereinbarungInput { AgreedOn = new DateOnly(2026, 3, 1), GoalIds = [open, reached] });
        var foreignGoal = await ConcludeAsync(host, CaseFileHost.Sued1, file.Id, new ZielvereinbarungInput { AgreedOn = new DateOnly(2026, 3, 1), GoalIds = [foreign] });
        var before = await ConcludeAsync(host, CaseFileHost.Sued1, file.Id, new ZielvereinbarungInput { AgreedOn = new DateOnly(2026, 2, 19), GoalIds = [open] });
        var future = await ConcludeAsync(host, CaseFileHost.Sued1, file.Id, new ZielvereinbarungInput { AgreedOn = new DateOnly(2026, 3, 3), GoalIds = [open] });
        var denied = await ConcludeAsync(host, CaseFileHost.Ahlen, file.Id, new ZielvereinbarungInput { AgreedOn = new DateOnly(2026, 3, 1), GoalIds = [open] });

        Assert.Equal("Es gibt keine offenen Ergebnisziele. Bitte zuerst Ziele festlegen.", none.Errors["GoalIds"]);
        Assert.StartsWith("Vereinbart werden können nur offene Ergebnisziele", closedGoal.Errors["GoalIds"], StringComparison.Ordinal);
        Assert.True(foreignGoal.Errors.ContainsKey("GoalIds"));
        Assert.StartsWith("Die geltende Zielvereinbarung ist vom 20.02.2026", before.Errors["AgreedOn"], StringComparison.Ordinal);
        Assert.Equal("Das Datum der Zielvereinbarung darf nicht in der Zukunft liegen.", future.Errors["AgreedOn"]);
        Assert.Equal(CaseEditStatus.Denied, denied.Status);
    }
}
