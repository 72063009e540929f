using Kim.Workflows.Application.Cases;
using Kim.Workflows.Application.Tests.Support;
using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Assessment;
using Kim.Workflows.Domain.Goals;
using Kim.Workflows.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Application.Tests.Cases;

public sealed class GoalServiceTests
{
    private static readonly GoalInput B1 = new() { Lebensbereich = Lebensbereich.Sprache, Description = "Deutsch B1 bis Ende 2026", TargetDate = new DateOnly(2026, 12, 31) };

    private static readonly HandlungszielInput Kurs = new() { Description = "Integrationskurs anmelden", Responsible = "Klient/in", DueOn = new DateOnly(2026, 4, 15) };

    private static Task<CaseEditResult> WithGoalsAsync(CaseFileHost host, Func<GoalService, Task<CaseEditResult>> use) => host.WithAsync(use);

    private static Task<Ergebnisziel> GoalAsync(CaseFileHost host, Guid id) =>
        host.WithAsync<KimDbContext, Ergebnisziel>(db => db.Ergebnisziele.AsNoTracking().Include(g => g.Handlungsziele).SingleAsync(g => g.Id == id));

    [Fact]
    public async Task Goals_and_steps_are_set_rated_and_a_stale_rating_is_a_conflict()
    {
        await using var host = await CaseFileHost.StartAsync();
        var file = await host.OpenCaseAsync();
        var u = CaseFileHost.Sued1;

        var goal = await WithGoalsAsync(host, s => s.AddGoalAsync(u, file.Id, B1));
        var step = await WithGoalsAsync(host, s => s.AddStepAsync(u, file.Id, goal.Id!.Value, Kurs));
        var rated = await WithGoalsAsync(host, s => s.UpdateGoalAsync(u, file.Id, goal.Id!.Value, goal.Version!.Value, B1 with { Status = GoalStatus.InArbeit, AchievementPercent = 40 }));
        var stale = await WithGoalsAsync(host, s => s.UpdateGoalAsync(u, file.Id, goal.Id!.Value, goal.Version!.Value, B1 with { Status = GoalStatus.Verworfen }));
        var stepDone = await WithGoalsAsync(host, s => s.UpdateStepAsync(u, file.Id, goal.Id!.Value, step.Id!.Value, step.Version!.Value, Kurs with { Status = GoalStatus.Erreicht }));
        var staleStep = await WithGoalsAsync(host, s => s.UpdateStepAsync(u, file.Id, goal.Id!.Value, step.Id!.Value, step.Version!.Value, Kurs));

        Assert.Equal([CaseEditStatus.Saved, CaseEditStatus.Saved, CaseEditStatus.Saved, CaseEditStatus.Conflict, CaseEditStatus.Saved, CaseEditStatus.Conflict],
            [goal.Status, step.Status, rated.Status, stale.Status, stepDone.Status, staleStep.Status]);
        Assert.Equal(CaseEditResult.ConflictMessage, stale.Message);
        Assert.Equal(goal.Version + 1, rated.Version);
        var stored = await GoalAsync(host, goal.Id!.Value);
        Assert.Equal((GoalStatus.InArbeit, 40, new DateOnly(2026, 3, 2)), (stored.Status, stored.AchievementPercent, stored.CreatedOn));
        var storedStep = Assert.Single(stored.Handlungsziele);
        Assert.Equal((GoalStatus.Erreicht, 100, "Klient/in"), (storedStep.Status, storedStep.AchievementPercent, storedStep.Responsible));
        Assert.Equal([(AccessAction.Create, "Ergebnisziel"), (AccessAction.Create, "Handlungsziel"), (AccessAction.Update, "Ergebnisziel"), (AccessAction.Update, "Handlungsziel")],
            (await host.AccessLogAsync(file.Id)).Select(e => (e.Action, e.What)));
    }

    [Fact]
    public async Task Status_and_percent_must_fit_and_a_discarded_goal_takes_no_new_step()
    {
        await using var host = await CaseFileHost.StartAsync();
        var file = await host.OpenCaseAsync();
        var u = CaseFileHost.Sued1;

        var reachedAt90 = await WithGoalsAsync(host, s => s.AddGoalAsync(u, file.Id, B1 with { Status = GoalStatus.Erreicht, AchievementPercent = 90 }));
        var blank = await WithGoalsAsync(host, s => s.AddGoalAsync(u, file.Id, new GoalInput { Description = " ", TargetDate = new DateOnly(2026, 1, 1), AchievementPercent = 100 }));
        var goal = await WithGoalsAsync(host, s => s.AddGoalAsync(u, file.Id, B1));
        var discarded = await WithGoalsAsync(host, s => s.UpdateGoalAsync(u, file.Id, goal.Id!.Value, 0, B1 with { Status = GoalStatus.Verworfen }));
        var step = await WithGoalsAsync(host, s => s.AddStepAsync(u, file.Id, goal.Id!.Value, Kurs));
        var unknown = await WithGoalsAsync(host, s => s.AddStepAsync(u, file.Id, Guid.NewGuid(), Kurs));

        Assert.Equal("Ein erreichtes Ziel hat 100 % Zielerreichung.", reachedAt90.Errors["AchievementPercent"]);
        Assert.Equal(["AchievementPercent", "Description", "TargetDate"], blank.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.True(discarded.Succeeded);
        Assert.Equal(CaseEditStatus.Conflict, step.Status);
        Assert.Contains("verworfen", step.Message, StringComparison.Ordinal);
        Assert.Equal(CaseEditStatus.NotFound, unknown.Status);
        Assert.Equal(GoalStatus.Verworfen, (await GoalAsync(host, goal.Id!.Value)).Status);
    }

    [Fact]
    public async Task Another_district_is_refused_and_a_closed_file_keeps_its_goals()
    {
        await using var host = await CaseFileHost.StartAsync();
        var file = await host.OpenCaseAsync();
        var goal = await WithGoalsAsync(host, s => s.AddGoalAsync(CaseFileHost.Sued1, file.Id, B1));

        var denied = await WithGoalsAsync(host, s => s.UpdateGoalAsync(CaseFileHost.Ahlen, file.Id, goal.Id!.Value, 0, B1 with { Status = GoalStatus.Verworfen }));
        await host.CloseAsync(file.Id);
        var closed = await WithGoalsAsync(host, s => s.AddStepAsync(CaseFileHost.Sued1, file.Id, goal.Id!.Value, Kurs));

        Assert.Equal(CaseEditStatus.Denied, denied.Status);
        Assert.Contains(await host.AccessLogAsync(file.Id), e => e is { Action: AccessAction.Denied, UserName: "cm.ahlen", What: "Ergebnisziel" });
        Assert.Equal(CaseEditStatus.Conflict, closed.Status);
        Assert.Equal(GoalStatus.Offen, (await GoalAsync(host, goal.Id!.Value)).Status);
    }
}
