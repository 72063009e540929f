using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Goals;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Domain.Time;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Application.Cases;

/// <summary>
/// Concludes Zielvereinbarungen under the access rules, logged. An agreement is never changed: a new one supersedes the
/// one in force (<see cref="Zielvereinbarung.CurrentOf"/>) and the earlier ones stay as history. This is what the controlling
/// figure "Anteil der Fälle mit Zielvereinbarung" counts.
/// </summary>
public sealed class ZielvereinbarungService(KimDbContext db, CaseEditGate gate, AccessLog log, TimeProvider time)
{
    public const string What = "Zielvereinbarung";

    public async Task<CaseEditResult> ConcludeAsync(KimUser user, Guid caseId, ZielvereinbarungInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(input);
        var permit = await gate.CheckAsync(user, caseId, What, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (permit.Failure is not null)
        {
            return permit.Failure;
        }

        var goals = await db.Ergebnisziele.AsNoTracking().Where(g => g.CaseId == caseId).Select(g => new { g.Id, g.Status })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var open = goals.Where(g => GoalRules.IsOpen(g.Status)).Select(g => g.Id).ToHashSet();
        var agreements = await db.Zielvereinbarungen.AsNoTracking().Where(z => z.CaseId == caseId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var errors = input.Validate(KimCalendar.Today(time), Zielvereinbarung.CurrentOf(agreements)?.AgreedOn, open);
        if (errors.Count > 0)
        {
            return CaseEditResult.Invalid(errors);
        }

        var agreement = new Zielvereinbarung
        {
            CaseId = caseId,
            AgreedOn = input.AgreedOn!.Value,
            AgreedGoalIds = [.. input.GoalIds.Distinct()],
            SignedByClient = input.SignedByClient,
            Remarks = InputErrors.Clean(input.Remarks),
            RecordedBy = user.UserName,
            RecordedAt = time.GetUtcNow(),
        };
        db.Zielvereinbarungen.Add(agreement);
        log.Record(user, AccessAction.Create, caseId, permit.CaseNumber, What);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return CaseEditResult.Saved(agreement.Id, 0);
    }
}
