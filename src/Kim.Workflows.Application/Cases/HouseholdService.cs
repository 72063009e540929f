using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Clients;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Domain.Time;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Application.Cases;

/// <summary>
/// Adds, edits and removes household members of a case under the access rules, each change logged. Edits and removals
/// name the version they were based on, so a member changed in between is not overwritten or removed unseen.
/// </summary>
public sealed class HouseholdService(KimDbContext db, CaseEditGate gate, AccessLog log, TimeProvider time)
{
    public const string What = "Haushaltsmitglied";

    public async Task<CaseEditResult> AddAsync(KimUser user, Guid caseId, HouseholdMemberInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(input);
        var permit = await gate.CheckAsync(user, caseId, What, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (permit.Failure is not null)
        {
            return permit.Failure;
        }

        var errors = input.Validate(KimCalendar.Today(time));
        if (errors.Count > 0)
        {
            return CaseEditResult.Invalid(errors);
        }

        var member = new HouseholdMember { CaseId = caseId, GivenName = "" };
        input.ApplyTo(member);
        db.HouseholdMembers.Add(member);
        log.Record(user, AccessAction.Create, caseId, permit.CaseNumber, What);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return CaseEditResult.Saved(member.Id, member.Version);
    }

    public async Task<CaseEditResult> UpdateAsync(
        KimUser user, Guid caseId, Guid memberId, int expectedVersion, HouseholdMemberInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (failure, member, caseNumber) = await LoadAsync(user, caseId, memberId, expectedVersion, cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }

        var errors = input.Validate(KimCalendar.Today(time));
        if (errors.Count > 0)
        {
            return CaseEditResult.Invalid(errors);
        }

        input.ApplyTo(member!);
        log.Record(user, AccessAction.Update, caseId, caseNumber, What);
        return await SaveAsync(member!, cancellationToken).ConfigureAwait(false);
    }

    public async Task<CaseEditResult> RemoveAsync(KimUser user, Guid caseId, Guid memberId, int expectedVersion, CancellationToken cancellationToken = default)
    {
        var (failure, member, caseNumber) = await LoadAsync(user, caseId, memberId, expectedVersion, cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }

        db.HouseholdMembers.Remove(member!);
        log.Record(user, AccessAction.Update, caseId, caseNumber, What + " entfernt");
        return await SaveAsync(member!, cancellationToken).ConfigureAwait(false);
    }

    private async Task<(CaseEditResult? Failure, HouseholdMember? Member, string CaseNumber)> LoadAsync(
        KimUser user, Guid caseId, Guid memberId, int expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var permit = await gate.CheckAsync(user, caseId, What, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (permit.Failure is not null)
        {
            return (permit.Failure, null, permit.CaseNumber);
        }

        var member = await db.HouseholdMembers.FirstOrDefaultAsync(m => m.Id == memberId && m.CaseId == caseId, cancellationToken).ConfigureAwait(false);
        if (member is null)
        {
            return (CaseEditResult.NotFound("Dieses Haushaltsmitglied gibt es in der Fallakte nicht (mehr)."), null, permit.CaseNumber);
        }

        return member.Version == expectedVersion ? (null, member, permit.CaseNumber) : (CaseEditResult.Conflict(), null, permit.CaseNumber);
    }

    private async Task<CaseEditResult> SaveAsync(HouseholdMember member, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CaseEditResult.Conflict();
        }

        return CaseEditResult.Saved(member.Id, member.Version);
    }
}
