using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Domain.Time;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Application.Cases;

/// <summary>
/// The case list: only what <see cref="CaseAccessPolicy.VisibleCases"/> lets the user see (anonymised files never),
/// filtered by phase, overdue re-assessment and responsible person, sorted by the next re-assessment (soonest first,
/// files without a date last), paged.
/// </summary>
public sealed class CaseListQuery(KimDbContext db, CaseAccessPolicy policy, TimeProvider time)
{
    public const int MaxPageSize = 100;

    public async Task<CaseListPage> ListAsync(KimUser user, CaseListFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(filter);
        var today = KimCalendar.DateOf(time.GetUtcNow());
        var visible = policy.VisibleCases(db.Cases.AsNoTracking(), user).Where(c => c.AnonymizedAt == null);
        var responsibleNames = await visible.Where(c => c.ResponsibleCaseManager != null).Select(c => c.ResponsibleCaseManager!).Distinct()
            .OrderBy(n => n).ToListAsync(cancellationToken).ConfigureAwait(false);

        var query = visible;
        if (filter.Phase is { } phase)
        {
            query = query.Where(c => c.Phase == phase);
        }

        if (filter.OverdueOnly)
        {
            query = query.Where(c => c.Phase != CasePhase.Abgeschlossen && c.NextReassessmentDue != null && c.NextReassessmentDue < today);
        }

        query = filter.Responsible switch
        {
            null or "" => query,
            CaseListFilter.Me => query.Where(c => c.ResponsibleCaseManager == user.UserName),
            CaseListFilter.Unassigned => query.Where(c => c.ResponsibleCaseManager == null),
            var name => query.Where(c => c.ResponsibleCaseManager == name),
        };

        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        var size = Math.Clamp(filter.PageSize, 1, MaxPageSize);
        var page = Math.Clamp(filter.Page, 1, Math.Max(1, (total + size - 1) / size));
        var rows = await query
            .OrderBy(c => c.NextReassessmentDue == null).ThenBy(c => c.NextReassessmentDue).ThenBy(c => c.CaseNumber)
            .Skip((page - 1) * size).Take(size)
            .Select(c => new
            {
                c.Id, c.CaseNumber, c.Client!.GivenName, c.Client.FamilyName, c.MunicipalityId, c.Phase, c.ResponsibleCaseManager, c.DeputyCaseManager,
                c.NextReassessmentDue,
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var municipalities = await db.Municipalities.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken).ConfigureAwait(false);
        var items = rows.Select(r => new CaseListItem(
            r.Id, r.CaseNumber, $"{r.GivenName} {r.FamilyName}".Trim(), r.MunicipalityId is null ? null : municipalities.GetValueOrDefault(r.MunicipalityId, r.MunicipalityId),
            r.Phase, r.ResponsibleCaseManager, r.DeputyCaseManager, r.NextReassessmentDue,
            r.Phase != CasePhase.Abgeschlossen && r.NextReassessmentDue is { } due && due < today)).ToList();
        return new CaseListPage(items, total, page, size, responsibleNames);
    }
}
