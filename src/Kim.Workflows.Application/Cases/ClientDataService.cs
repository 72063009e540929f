using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Application.Cases;

/// <summary>
/// Changes the client's master data (languages, interpreter, contact details, residence status, legal domains) under
/// the access rules, logged. Guarded by the case file's version: the form names the version it was loaded with, and a
/// file changed in between is not overwritten.
/// </summary>
public sealed class ClientDataService(KimDbContext db, CaseEditGate gate, AccessLog log)
{
    public const string What = "Stammdaten";

    public async Task<CaseEditResult> UpdateAsync(
        KimUser user, Guid caseId, int expectedCaseVersion, ClientDataInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(input);
        var permit = await gate.CheckAsync(user, caseId, What, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (permit.Failure is not null)
        {
            return permit.Failure;
        }

        var file = await db.Cases.Include(c => c.Client).FirstAsync(c => c.Id == caseId, cancellationToken).ConfigureAwait(false);
        if (file.Client is null)
        {
            return CaseEditResult.NotFound("Zu dieser Fallakte sind keine Personendaten gespeichert.");
        }

        if (file.Version != expectedCaseVersion)
        {
            return CaseEditResult.Conflict();
        }

        var errors = input.Validate();
        if (errors.Count > 0)
        {
            return CaseEditResult.Invalid(errors);
        }

        input.ApplyTo(file, file.Client);
        // The client row has no version of its own: the file's version guards both, so it rises even when only client fields changed.
        db.Entry(file).Property(f => f.Version).IsModified = true;
        log.Record(user, AccessAction.Update, caseId, permit.CaseNumber, What);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CaseEditResult.Conflict();
        }

        return CaseEditResult.Saved(file.Id, file.Version);
    }
}
