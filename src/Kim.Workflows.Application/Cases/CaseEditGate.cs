using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Application.Cases;

/// <summary>
/// The common first step of every change to a case file: the access rules (<see cref="CaseAccessPolicy.CanEditCase"/>,
/// a refusal is logged as <c>Denied</c> by <see cref="CaseFileService.CheckAsync"/>) and, for ordinary changes, an open file.
/// </summary>
public sealed class CaseEditGate(KimDbContext db, CaseFileService files)
{
    /// <summary>
    /// Null <see cref="CaseEditPermit.Failure"/> when the user may change the file. <paramref name="evenWhenClosed"/> lets through
    /// changes the client's rights demand after closing (a revocation must always be recordable).
    /// </summary>
    public async Task<CaseEditPermit> CheckAsync(KimUser user, Guid caseId, string what, bool evenWhenClosed = false, CancellationToken cancellationToken = default)
    {
        var check = await files.CheckAsync(user, caseId, what, cancellationToken).ConfigureAwait(false);
        if (check is null)
        {
            return new CaseEditPermit(CaseEditResult.NotFound("Diese Fallakte gibt es nicht."), "");
        }

        var (decision, caseNumber) = check.Value;
        if (!decision.Allowed)
        {
            return new CaseEditPermit(CaseEditResult.Denied(decision.Reason!), caseNumber);
        }

        if (!evenWhenClosed && await db.Cases.AnyAsync(c => c.Id == caseId && c.ClosedAt != null, cancellationToken).ConfigureAwait(false))
        {
            return new CaseEditPermit(CaseEditResult.Conflict($"Die Fallakte {caseNumber} ist abgeschlossen und kann nicht mehr geändert werden."), caseNumber);
        }

        return new CaseEditPermit(null, caseNumber);
    }
}

/// <summary>The gate's answer: <see cref="Failure"/> is null when the change may go ahead.</summary>
public readonly record struct CaseEditPermit(CaseEditResult? Failure, string CaseNumber);
