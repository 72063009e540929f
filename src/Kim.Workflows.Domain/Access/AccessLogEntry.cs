namespace Kim.Workflows.Domain.Access;

/// <summary>
/// Who did what with which case file and when. Written for every read of a case file, so the data
/// protection officer can answer "who has seen my data" (Art. 15 DSGVO).
/// </summary>
public sealed class AccessLogEntry
{
    public long Id { get; init; }

    public DateTimeOffset At { get; init; }

    public required string UserName { get; init; }

    public KimRole Role { get; init; }

    public Guid? CaseId { get; init; }

    public string? CaseNumber { get; init; }

    public AccessAction Action { get; init; }

    /// <summary>What part was touched ("Fallakte", "Anfrage ABH", "Export JSON"); never personal data.</summary>
    public string? What { get; init; }
}
