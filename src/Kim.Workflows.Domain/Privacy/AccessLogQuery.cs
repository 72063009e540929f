using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Domain.Time;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Domain.Privacy;

/// <summary>
/// The access log review for administrators ("who has seen this file?"). The review itself is
/// logged, because reading the log says who worked on which case.
/// </summary>
public sealed class AccessLogQuery(KimDbContext db, CaseAccessPolicy policy, AccessLog accessLog)
{
    public async Task<AccessLogPage> SearchAsync(KimUser user, AccessLogFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var decision = policy.CanReadAccessLog(user);
        if (!decision.Allowed)
        {
            throw new UnauthorizedAccessException(decision.Reason);
        }

        var query = db.AccessLog.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.UserName))
        {
            query = query.Where(e => e.UserName == filter.UserName.Trim());
        }

        if (!string.IsNullOrWhiteSpace(filter.CaseNumber))
        {
            query = query.Where(e => e.CaseNumber == filter.CaseNumber.Trim());
        }

        if (filter.From is { } from)
        {
            var start = KimCalendar.StartOf(from);
            query = query.Where(e => e.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = KimCalendar.StartOf(to.AddDays(1));
            query = query.Where(e => e.At < end);
        }

        var size = Math.Clamp(filter.PageSize, 1, 500);
        var page = Math.Max(1, filter.Page);
        var total = await query.CountAsync(cancellationToken);
        var entries = await query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        accessLog.Record(user, AccessAction.Read, null, string.IsNullOrWhiteSpace(filter.CaseNumber) ? null : filter.CaseNumber.Trim(), "Zugriffsprotokoll eingesehen");
        await db.SaveChangesAsync(cancellationToken);
        return new AccessLogPage(entries, total, page, size);
    }
}

public sealed record AccessLogPage(IReadOnlyList<AccessLogEntry> Entries, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
