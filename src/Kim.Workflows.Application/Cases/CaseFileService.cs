using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Application.Cases;

/// <summary>
/// Reading and annotating a case file under the access rules: every read, refusal and change writes an access-log entry
/// (<see cref="AccessLog"/>) in the same unit of work. The file is found by id or, for links in mails, by case number.
/// </summary>
public sealed class CaseFileService(KimDbContext db, CaseAccessPolicy policy, AccessLog log, TimeProvider time)
{
    public async Task<Guid?> FindIdAsync(string key, CancellationToken cancellationToken = default)
    {
        if (Guid.TryParse(key, out var id))
        {
            return id;
        }

        return await db.Cases.AsNoTracking().Where(c => c.CaseNumber == key).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Access decision for a file (for actions), logged when refused; null when the file does not exist.</summary>
    public async Task<(AccessDecision Decision, string CaseNumber)?> CheckAsync(KimUser user, Guid id, string what, CancellationToken cancellationToken = default)
    {
        var facts = await db.Cases.AsNoTracking().Where(c => c.Id == id && c.AnonymizedAt == null)
            .Select(c => new { c.CaseNumber, Facts = new CaseAccessFacts(c.Id, c.DistrictId, c.ResponsibleCaseManager, c.DeputyCaseManager) })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (facts is null)
        {
            return null;
        }

        var decision = policy.CanEditCase(user, facts.Facts);
        if (!decision.Allowed)
        {
            log.Record(user, AccessAction.Denied, id, facts.CaseNumber, what);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return (decision, facts.CaseNumber);
    }

    /// <summary>Loads the whole file when the user may read it; logs the read (or the refusal).</summary>
    public async Task<CaseFileRead> ReadAsync(KimUser user, Guid id, CancellationToken cancellationToken = default)
    {
        var check = await CheckAsync(user, id, "Fallakte", cancellationToken).ConfigureAwait(false);
        if (check is null)
        {
            return CaseFileRead.Missing;
        }

        if (!check.Value.Decision.Allowed)
        {
            return CaseFileRead.Refused(check.Value.Decision.Reason!);
        }

        var file = await db.Cases.AsNoTracking().AsSplitQuery()
            .Include(c => c.Client).Include(c => c.HouseholdMembers).Include(c => c.PhaseHistory)
            .Include(c => c.Ergebnisziele).ThenInclude(g => g.Handlungsziele).Include(c => c.Zielvereinbarungen)
            .Include(c => c.Services).Include(c => c.Contacts).Include(c => c.Notes).Include(c => c.Consents).Include(c => c.Assessments).ThenInclude(a => a.Areas)
            .FirstAsync(c => c.Id == id, cancellationToken).ConfigureAwait(false);
        var conferences = await db.Conferences.AsNoTracking().Include(c => c.Invitations).Include(c => c.AgreedSteps)
            .Where(c => c.CaseId == id).OrderByDescending(c => c.ScheduledAt).ToListAsync(cancellationToken).ConfigureAwait(false);
        var consultations = await db.Consultations.AsNoTracking().Where(c => c.CaseId == id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var partners = await db.Partners.AsNoTracking().ToDictionaryAsync(p => p.Id, cancellationToken).ConfigureAwait(false);
        var municipality = file.MunicipalityId is null ? null
            : await db.Municipalities.AsNoTracking().Where(m => m.Id == file.MunicipalityId).Select(m => m.Name).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var district = await db.Districts.AsNoTracking().Where(d => d.Id == file.DistrictId).Select(d => d.Name).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);

        log.Record(user, AccessAction.Read, file.Id, file.CaseNumber, "Fallakte");
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new CaseFileRead(CaseFileReadStatus.Found, null, file, conferences, consultations.OrderByDescending(c => c.AskedAt ?? DateTimeOffset.MaxValue).ToList(),
            partners, municipality, district ?? file.DistrictId);
    }

    /// <summary>Adds a note (the user must be allowed to edit the file); logged as a change.</summary>
    public async Task<AccessDecision> AddNoteAsync(KimUser user, Guid id, string text, CancellationToken cancellationToken = default)
    {
        var check = await CheckAsync(user, id, "Notiz", cancellationToken).ConfigureAwait(false);
        if (check is null)
        {
            return AccessDecision.Denied("Diese Fallakte gibt es nicht.");
        }

        if (!check.Value.Decision.Allowed)
        {
            return check.Value.Decision;
        }

        db.Notes.Add(new CaseNote { CaseId = id, CreatedAt = time.GetUtcNow(), Author = user.UserName, Text = text.Trim() });
        log.Record(user, AccessAction.Update, id, check.Value.CaseNumber, "Notiz");
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return AccessDecision.Granted;
    }

    /// <summary>Logs a change made elsewhere (a workflow started from the file).</summary>
    public async Task LogChangeAsync(KimUser user, Guid id, string caseNumber, string what, CancellationToken cancellationToken = default)
    {
        log.Record(user, AccessAction.Update, id, caseNumber, what);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
