namespace Kim.Workflows.Domain.Retention;

/// <summary>
/// What one anonymisation did. <see cref="CaseNumber"/> lets the host clean what lives outside
/// these tables (workflow variables of finished instances, the mail outbox) by business key.
/// </summary>
public sealed record AnonymizationResult(Guid CaseId, string CaseNumber, bool AlreadyAnonymized, int RemovedRecords, int ClearedFields);
