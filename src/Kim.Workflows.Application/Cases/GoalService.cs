using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Goals;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Domain.Time;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Application.Cases;

/// <summary>
/// Sets and rates Ergebnisziele and their Handlungsziele under the access rules, each change logged. Edits name the
/// version they were based on (a rating saved on an older state is a conflict, not an overwrite). Nothing is deleted:
/// a goal that no longer applies gets the status <see cref="GoalStatus.Verworfen"/> and takes no new steps.
/// </summary>
public sealed class GoalService(KimDbContext db, CaseEditGate gate, AccessLog log, TimeProvider time)
{
    public const string What = "Ergebnisziel";
    public const string WhatStep = "Handlungsziel";

    public async Task<CaseEditResult> AddGoalAsync(KimUser user, Guid caseId, GoalInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var permit = await CheckAsync(user, caseId, What, cancellationToken).ConfigureAwait(false);
        if (permit.Failure is not null)
        {
            return permit.Failure;
        }

        var today = KimCalendar.Today(time);
        var errors = input.Validate(today);
        if (errors.Count > 0)
        {
            return CaseEditResult.Invalid(errors);
        }

        var goal = new Ergebnisziel { CaseId = caseId, Description = "", CreatedOn = today };
        input.ApplyTo(goal);
        db.Ergebnisziele.Add(goal);
        log.Record(user, AccessAction.Create, caseId, permit.CaseNumber, What);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return CaseEditResult.Saved(goal.Id, goal.Version);
    }

    public async Task<CaseEditResult> UpdateGoalAsync(
        KimUser user, Guid caseId, Guid goalId, int expectedVersion, GoalInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (failure, goal, caseNumber) = await LoadGoalAsync(user, caseId, goalId, What, cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }

        if (goal!.Version != expectedVersion)
        {
            return CaseEditResult.Conflict();
        }

        var errors = input.Validate(goal.CreatedOn);
        if (errors.Count > 0)
        {
            return CaseEditResult.Invalid(errors);
        }

        input.ApplyTo(goal);
        log.Record(user, AccessAction.Update, caseId, caseNumber, What);
        return await CaseEditSaving.SaveAsync(db, goal.Id, () => goal.Version, cancellationToken).ConfigureAwait(false);
    }

    public async Task<CaseEditResult> AddStepAsync(KimUser user, Guid caseId, Guid goalId, HandlungszielInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (failure, goal, caseNumber) = await LoadGoalAsync(user, caseId, goalId, WhatStep, cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }

        if (goal!.Status == GoalStatus.Verworfen)
        {
            return CaseEditResult.Conflict("Das Ergebnisziel ist verworfen; es bekommt keine neuen Handlungsziele.");
        }

        var errors = input.Validate();
        if (errors.Count > 0)
        {
            return CaseEditResult.Invalid(errors);
        }

        var step = new Handlungsziel { ErgebniszielId = goal.Id, Description = "" };
        input.ApplyTo(step);
        db.Handlungsziele.Add(step);
        log.Record(user, AccessAction.Create, caseId, caseNumber, WhatStep);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return CaseEditResult.Saved(step.Id, step.Version);
    }

    public async Task<CaseEditResult> UpdateStepAsync(
        KimUser user, Guid caseId, Guid goalId, Guid stepId, int expectedVersion, HandlungszielInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (failure, goal, caseNumber) = await LoadGoalAsync(user, caseId, goalId, WhatStep, cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }

        var step = await db.Handlungsziele.FirstOrDefaultAsync(h => h.Id == stepId && h.ErgebniszielId == goal!.Id, cancellationToken).ConfigureAwait(false);
        if (step is null)
        {
            return CaseEditResult.NotFound("Dieses Handlungsziel gibt es bei dem Ergebnisziel nicht.");
        }

        if (step.Version != expectedVersion)
        {
            return CaseEditResult.Conflict();
        }

        var errors = input.Validate();
        if (errors.Count > 0)
        {
            return CaseEditResult.Invalid(errors);
        }

        input.ApplyTo(step);
        log.Record(user, AccessAction.Update, caseId, caseNumber, WhatStep);
        return await CaseEditSaving.SaveAsync(db, step.Id, () => step.Version, cancellationToken).ConfigureAwait(false);
    }

    private async Task<CaseEditPermit> CheckAsync(KimUser user, Guid caseId, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return await gate.CheckAsync(user, caseId, what, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private async Task<(CaseEditResult? Failure, Ergebnisziel? Goal, string CaseNumber)> LoadGoalAsync(
        KimUser user, Guid caseId, Guid goalId, string what, CancellationToken cancellationToken)
    {
        var permit = await CheckAsync(user, caseId, what, cancellationToken).ConfigureAwait(false);
        if (permit.Failure is not null)
        {
            return (permit.Failure, null, permit.CaseNumber);
        }

        var goal = await db.Ergebnisziele.FirstOrDefaultAsync(g => g.Id == goalId && g.CaseId == caseId, cancellationToken).ConfigureAwait(false);
        return goal is null
            ? (CaseEditResult.NotFound("Dieses Ergebnisziel gibt es in der Fallakte nicht."), null, permit.CaseNumber)
            : (null, goal, permit.CaseNumber);
    }
}
