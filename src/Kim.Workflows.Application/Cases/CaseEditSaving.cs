using Kim.Workflows.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Application.Cases;

/// <summary>The last step of a versioned change: save, and turn a lost race (the version rose meanwhile) into a conflict.</summary>
internal static class CaseEditSaving
{
    public static async Task<CaseEditResult> SaveAsync(KimDbContext db, Guid id, Func<int> version, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CaseEditResult.Conflict();
        }

        return CaseEditResult.Saved(id, version());
    }
}
