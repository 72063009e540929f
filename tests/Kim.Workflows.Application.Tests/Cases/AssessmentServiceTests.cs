using Kim.Workflows.Application.Cases;
using Kim.Workflows.Application.Tests.Support;
using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Assessment;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Application.Tests.Cases;

public sealed class AssessmentServiceTests
{
    private static AssessmentInput Input(DateOnly on, params AssessmentAreaInput[] areas) => new() { AssessedOn = on, Areas = areas, Summary = "Sprache vorrangig" };

    private static readonly AssessmentAreaInput Sprache = new() { Lebensbereich = Lebensbereich.Sprache, NeedLevel = NeedLevel.DringenderBedarf, Needs = " A2 fehlt ", Resources = "motiviert" };

    private static Task<CaseEditResult> RecordAsync(CaseFileHost host, KimUser user, Guid caseId, AssessmentInput input) =>
        host.WithAsync<AssessmentService, CaseEditResult>(s => s.RecordAsync(user, caseId, input));

    private static Task<Fallakte> FileAsync(CaseFileHost host, Guid id) =>
        host.WithAsync<KimDbContext, Fallakte>(db => db.CaseFiles.AsNoTracking().SingleAsync(c => c.Id == id));

    [Fact]
    public async Task Without_a_running_cycle_an_assessment_and_a_reassessment_are_appended_and_plan_the_next_reassessment_with_the_planner()
    {
        await using var host = await CaseFileHost.StartAsync();
        var file = await host.OpenCaseAsync();
        var unrated = new AssessmentAreaInput { Lebensbereich = Lebensbereich.Wohnen };

        var first = await RecordAsync(host, CaseFileHost.Sued1, file.Id, Input(new DateOnly(2026, 2, 27), Sprache, unrated));
        var second = await RecordAsync(host, CaseFileHost.Sued1, file.Id, Input(new DateOnly(2026, 3, 2), Sprache with { NeedLevel = NeedLevel.Bedarf }));

        Assert.Equal([CaseEditStatus.Saved, CaseEditStatus.Saved], [first.Status, second.Status]);
        var stored = await FileAsync(host, file.Id);
        Assert.Equal([false, true], stored.Assessments.OrderBy(a => a.AssessedOn).Select(a => a.IsReassessment));
        var area = Assert.Single(stored.Assessments.Single(a => !a.IsReassessment).Areas);
        Assert.Equal((Lebensbereich.Sprache, NeedLevel.DringenderBedarf, "A2 fehlt", "motiviert"), (area.Lebensbereich, area.NeedLevel, area.Needs, area.Resources));
        Assert.Equal("cm.sued1", stored.Assessments.Single(a => a.IsReassessment).AssessedBy);
        var plan = new ReassessmentPlanner().Plan(new DateOnly(2026, 3, 2), stored.ReassessmentIntervalMonths);
        Assert.Equal((new DateOnly(2026, 3, 2), plan.Due), (stored.LastAssessmentOn, stored.NextReassessmentDue));
        Assert.Equal(2, (await host.AccessLogAsync(file.Id)).Count(e => e is { Action: AccessAction.Create, What: "Assessment" }));
    }

    [Fact]
    public async Task While_the_cycle_runs_an_assessment_sets_the_last_date_but_leaves_the_next_one_to_the_cycle()
    {
        await using var host = await CaseFileHost.StartAsync();
        var file = await host.OpenCaseAsync();
        await host.StartCycleRowAsync(file.CaseNumber);
        await host.WithAsync<KimDbContext, int>(async db =>
        {
            (await db.Cases.SingleAsync(c => c.Id == file.Id)).NextReassessmentDue = new DateOnly(2026, 5, 4); // what the cycle planned
            return await db.SaveChangesAsync();
        });

        Assert.True(await host.WithAsync<AssessmentService, bool>(s => s.CycleRunningAsync(file.CaseNumber)));
        Assert.True((await RecordAsync(host, CaseFileHost.Sued1, file.Id, Input(new DateOnly(2026, 3, 2), Sprache))).Succeeded);

        var stored = await FileAsync(host, file.Id);
        Assert.Equal((new DateOnly(2026, 3, 2), new DateOnly(2026, 5, 4)), (stored.LastAssessmentOn, stored.NextReassessmentDue));
        Assert.Single(stored.Assessments);
    }

    [Fact]
    public async Task Future_dates_earlier_than_the_last_text_without_rating_and_no_rating_at_all_are_refused_in_German()
    {
        await using var host = await CaseFileHost.StartAsync();
        var file = await host.OpenCaseAsync();
        Assert.True((await RecordAsync(host, CaseFileHost.Sued1, file.Id, Input(new DateOnly(2026, 3, 1), Sprache))).Succeeded);

        var future = await RecordAsync(host, CaseFileHost.Sued1, file.Id, Input(new DateOnly(2026, 3, 3), Sprache));
        var earlier = await RecordAsync(host, CaseFileHost.Sued1, file.Id, Input(new DateOnly(2026, 2, 1), Sprache));
        var textOnly = await RecordAsync(host, CaseFileHost.Sued1, file.Id,
            Input(new DateOnly(2026, 3, 2), new AssessmentAreaInput { Lebensbereich = Lebensbereich.Arbeit, Needs = new string('x', 2001) }));

        Assert.Equal("Das Datum des Assessments darf nicht in der Zukunft liegen.", future.Errors["AssessedOn"]);
        Assert.StartsWith("Das letzte Assessment ist vom 01.03.2026", earlier.Errors["AssessedOn"], StringComparison.Ordinal);
        Assert.Equal(["Areas", "Areas[0].NeedLevel", "Areas[0].Needs"], textOnly.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Bitte mindestens einen Lebensbereich einschätzen.", textOnly.Errors["Areas"]);
        Assert.Single((await FileAsync(host, file.Id)).Assessments);
    }

    [Fact]
    public async Task Another_district_is_refused_and_logged_and_a_closed_file_takes_no_assessment()
    {
        await using var host = await CaseFileHost.StartAsync();
        var file = await host.OpenCaseAsync();

        var denied = await RecordAsync(host, CaseFileHost.Ahlen, file.Id, Input(new DateOnly(2026, 3, 1), Sprache));
        await host.CloseAsync(file.Id);
        var closed = await RecordAsync(host, CaseFileHost.Sued1, file.Id, Input(new DateOnly(2026, 3, 1), Sprache));
        var (readFailure, history) = await host.WithAsync<AssessmentService, (CaseEditResult?, IReadOnlyList<CaseAssessment>)>(s => s.ListAsync(CaseFileHost.Sued1, file.Id));

        Assert.Equal(CaseEditStatus.Denied, denied.Status);
        Assert.Contains(await host.AccessLogAsync(file.Id), e => e is { Action: AccessAction.Denied, UserName: "cm.ahlen", What: "Assessment" });
        Assert.Equal(CaseEditStatus.Conflict, closed.Status);
        Assert.Contains("abgeschlossen", closed.Message, StringComparison.Ordinal);
        Assert.Null(readFailure);
        Assert.Empty(history);
        Assert.Contains(await host.AccessLogAsync(file.Id), e => e is { Action: AccessAction.Read, What: "Assessment" });
    }
}
