using Kim.Workflows.Runtime.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Runtime.Persistence;

/// <summary>The designer's working copies (one per process key), kept apart from deployed versions.</summary>
public sealed class DesignerDraftStore(WorkflowDbContextFactory contexts, TimeProvider time)
{
    public async Task<DesignerDraftRecord> SaveAsync(string processKey, string xml, string? name, string? savedBy, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var draft = await db.DesignerDrafts.FindAsync([processKey], cancellationToken).ConfigureAwait(false);
        if (draft is null)
        {
            draft = new DesignerDraftRecord { ProcessKey = processKey };
            db.DesignerDrafts.Add(draft);
        }

        draft.BpmnXml = xml;
        draft.Name = name ?? draft.Name;
        draft.SavedBy = savedBy;
        draft.SavedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return draft;
    }

    public async Task<DesignerDraftRecord?> FindAsync(string processKey, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        return await db.DesignerDrafts.AsNoTracking().FirstOrDefaultAsync(d => d.ProcessKey == processKey, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every draft without its XML (for lists).</summary>
    public async Task<IReadOnlyList<DesignerDraftRecord>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        return await db.DesignerDrafts.AsNoTracking()
            .Select(d => new DesignerDraftRecord { ProcessKey = d.ProcessKey, Name = d.Name, SavedBy = d.SavedBy, SavedAt = d.SavedAt })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteAsync(string processKey, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        await db.DesignerDrafts.Where(d => d.ProcessKey == processKey).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }
}
