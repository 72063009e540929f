using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Assessment;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Domain.Time;
using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Application.Cases;

/// <summary>
/// Records assessments and re-assessments of a case under the access rules, logged. Append-only, like contacts: an
/// assessment is a record of what was seen on a day, the next one is a new entry. Recording one sets the file's last
/// assessment. The next re-assessment belongs to whoever plans it: while the case's cycle runs, its Monitoring timer and
/// the reminder workflow follow the cycle's own dates, so an entry made here does not move them (the cycle re-plans after
/// its task „Re-Assessment durchführen“, or at once through „Wesentliche Änderung“ in its Monitoring task); without a
/// running cycle, <see cref="ReassessmentPlanner"/> (the planner the workflow uses) sets it from the case's interval.
/// The first entry of a file is the Assessment, every later one a Re-Assessment.
/// </summary>
public sealed class AssessmentService(
    KimDbContext db, CaseEditGate gate, AccessLog log, ReassessmentPlanner planner, WorkflowDbContextFactory workflows, TimeProvider time)
{
    public const string What = "Assessment";

    public async Task<CaseEditResult> RecordAsync(KimUser user, Guid caseId, AssessmentInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(input);
        var permit = await gate.CheckAsync(user, caseId, What, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (permit.Failure is not null)
        {
            return permit.Failure;
        }

        var file = await db.Cases.FirstAsync(c => c.Id == caseId, cancellationToken).ConfigureAwait(false);
        var errors = input.Validate(KimCalendar.Today(time), file.LastAssessmentOn);
        if (errors.Count > 0)
        {
            return CaseEditResult.Invalid(errors);
        }

        var earlier = await db.Assessments.AnyAsync(a => a.CaseId == caseId, cancellationToken).ConfigureAwait(false);
        var assessment = input.ToAssessment(caseId, earlier, user.UserName);
        db.Assessments.Add(assessment);
        if (await CycleRunningAsync(permit.CaseNumber, cancellationToken).ConfigureAwait(false))
        {
            file.LastAssessmentOn = assessment.AssessedOn; // validation keeps it from going back
        }
        else
        {
            planner.RecordAssessment(file, assessment.AssessedOn);
        }

        log.Record(user, AccessAction.Create, caseId, permit.CaseNumber, What);
        return await CaseEditSaving.SaveAsync(db, assessment.Id, () => 0, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether the case-management cycle of the case runs (and so plans its re-assessments).</summary>
    public async Task<bool> CycleRunningAsync(string caseNumber, CancellationToken cancellationToken = default)
    {
        await using var wf = workflows.Create();
        return await wf.Instances.AsNoTracking()
            .AnyAsync(i => i.BusinessKey == caseNumber && i.ProcessKey == CaseWorkflowService.CycleProcess && i.Status == InstanceStatus.Running, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>The assessments of a file, newest first, for the API; also of closed files (reading is logged).</summary>
    public async Task<(CaseEditResult? Failure, IReadOnlyList<CaseAssessment> Assessments)> ListAsync(
        KimUser user, Guid caseId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var permit = await gate.CheckAsync(user, caseId, What, evenWhenClosed: true, cancellationToken).ConfigureAwait(false);
        if (permit.Failure is not null)
        {
            return (permit.Failure, []);
        }

        var assessments = await db.Assessments.AsNoTracking().Include(a => a.Areas).Where(a => a.CaseId == caseId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        log.Record(user, AccessAction.Read, caseId, permit.CaseNumber, What);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (null, [.. assessments.OrderByDescending(a => a.AssessedOn).ThenByDescending(a => a.IsReassessment)]);
    }
}
