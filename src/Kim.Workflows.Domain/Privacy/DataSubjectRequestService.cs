using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Domain.Privacy;

/// <summary>
/// Records correction, deletion and other requests of the person (Art. 15–21 DSGVO) against a case,
/// by whoever may work on the case; administrators (data protection) see and close all of them.
/// </summary>
public sealed class DataSubjectRequestService(KimDbContext db, CaseAccessPolicy policy, AccessLog accessLog, TimeProvider time)
{
    public async Task<DataSubjectRequest> RecordAsync(KimUser user, string caseNumber, DataSubjectRequestKind kind, DateOnly receivedOn, string? description, CancellationToken cancellationToken = default)
    {
        var file = await db.Cases.FirstOrDefaultAsync(c => c.CaseNumber == caseNumber.Trim(), cancellationToken)
            ?? throw new KeyNotFoundException($"Die Fallakte {caseNumber} gibt es nicht.");
        if (user.Role != KimRole.Administrator && policy.CanEditCase(user, CaseAccessFacts.Of(file)) is { Allowed: false } denied)
        {
            throw new UnauthorizedAccessException(denied.Reason);
        }

        var request = new DataSubjectRequest
        {
            CaseId = file.Id, CaseNumber = file.CaseNumber, Kind = kind, ReceivedOn = receivedOn, Description = description?.Trim(),
            RecordedBy = user.UserName, RecordedAt = time.GetUtcNow(),
        };
        db.DataSubjectRequests.Add(request);
        accessLog.Record(user, AccessAction.Create, file.Id, file.CaseNumber, "Betroffenenanfrage " + kind);
        await db.SaveChangesAsync(cancellationToken);
        return request;
    }

    public async Task<IReadOnlyList<DataSubjectRequest>> ListAsync(KimUser user, bool openOnly, CancellationToken cancellationToken = default)
    {
        if (user.Role != KimRole.Administrator)
        {
            throw new UnauthorizedAccessException("Die Übersicht der Betroffenenanfragen sehen nur Administratoren (Datenschutz).");
        }

        var query = db.DataSubjectRequests.AsNoTracking();
        if (openOnly)
        {
            query = query.Where(r => r.Status == DataSubjectRequestStatus.Offen);
        }

        return await query.OrderBy(r => r.ReceivedOn).ToListAsync(cancellationToken);
    }

    public async Task ResolveAsync(KimUser user, Guid requestId, DataSubjectRequestStatus status, string resolution, CancellationToken cancellationToken = default)
    {
        if (user.Role != KimRole.Administrator)
        {
            throw new UnauthorizedAccessException("Betroffenenanfragen schließen nur Administratoren (Datenschutz).");
        }

        var request = await db.DataSubjectRequests.SingleAsync(r => r.Id == requestId, cancellationToken);
        request.Status = status;
        request.Resolution = resolution.Trim();
        request.ResolvedBy = user.UserName;
        request.ResolvedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Anonymisation of the case: the requests stay as proof, their free text goes. Returns the cleared count.</summary>
    public async Task<int> ClearTextsOfCaseAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        await db.DataSubjectRequests.Where(r => r.CaseId == caseId && r.Description != null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Description, (string?)null), cancellationToken);
}
