using Kim.Workflows.Domain.Assessment;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Runtime.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kim.Workflows.Application.Handlers;

/// <summary>
/// <c>${reassessmentPlanner}</c>: from <c>lastAssessmentAt</c> and <c>reassessmentInterval</c> (ISO months, e.g.
/// <c>P6M</c>; else the case's interval) computes <c>reassessmentDue</c>, <c>reminderAt</c> (14 days before) and
/// <c>escalationAt</c> (7 days after), at 08:00 Berlin time, and records them in the case file.
/// </summary>
public sealed class ReassessmentPlannerHandler(IServiceScopeFactory scopes, ReassessmentPlanner planner, TimeProvider time) : IServiceTaskHandler
{
    private static readonly TimeOnly WorkdayStart = new(8, 0);

    public string Name => "reassessmentPlanner";

    public async Task<ServiceTaskResult> ExecuteAsync(ServiceTaskRequest request, CancellationToken cancellationToken)
    {
        var v = request.Variables;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KimDbContext>();
        var file = await db.Cases.FirstOrDefaultAsync(c => c.CaseNumber == request.BusinessKey, cancellationToken).ConfigureAwait(false);

        var interval = Variables.String(v, "reassessmentInterval");
        int months;
        if (interval is null)
        {
            months = file?.ReassessmentIntervalMonths ?? 6;
        }
        else if (!TryMonths(interval, out months))
        {
            return ServiceTaskResult.Incident($"Das Re-Assessment-Intervall „{interval}“ ist ungültig (erwartet z. B. P6M, 1 bis 24 Monate).");
        }

        var last = Variables.Date(v.GetValueOrDefault("lastAssessmentAt")) ?? file?.LastAssessmentOn ?? Variables.DateOf(time.GetUtcNow());
        var plan = planner.Plan(last, months);
        if (file is not null)
        {
            file.ReassessmentIntervalMonths = months;
            file.LastAssessmentOn = last;
            file.NextReassessmentDue = plan.Due;
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return ServiceTaskResult.Completed(new Dictionary<string, object?>
        {
            ["reassessmentDue"] = At(plan.Due),
            ["reminderAt"] = At(plan.RemindOn),
            ["escalationAt"] = At(plan.EscalateOn),
            ["reassessmentInterval"] = plan.Interval,
        });
    }

    private static DateTimeOffset At(DateOnly day) => Variables.FromBerlin(day.ToDateTime(WorkdayStart));

    private static bool TryMonths(string interval, out int months)
    {
        months = 0;
        var text = interval.Trim().ToUpperInvariant();
        if (text.StartsWith('P') && text.EndsWith('M') && int.TryParse(text[1..^1], out months))
        {
            return months is >= 1 and <= 24;
        }

        if (text.StartsWith('P') && text.EndsWith('Y') && int.TryParse(text[1..^1], out var years))
        {
            months = years * 12;
            return months is >= 1 and <= 24;
        }

        return false;
    }
}
