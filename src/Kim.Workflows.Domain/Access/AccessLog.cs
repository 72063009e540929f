using Kim.Workflows.Domain.Persistence;

namespace Kim.Workflows.Domain.Access;

/// <summary>Adds access-log entries to the unit of work; the caller's SaveChanges commits them with the change.</summary>
public sealed class AccessLog(KimDbContext db, TimeProvider time)
{
    public AccessLogEntry Record(KimUser user, AccessAction action, Guid? caseId, string? caseNumber, string? what = null)
    {
        var entry = new AccessLogEntry
        {
            At = time.GetUtcNow(),
            UserName = user.UserName,
            Role = user.Role,
            CaseId = caseId,
            CaseNumber = caseNumber,
            Action = action,
            What = what,
        };
        db.AccessLog.Add(entry);
        return entry;
    }
}
