namespace Kim.Workflows.Domain.Findings;

public sealed record FindingResult(bool Success, Guid? FindingId, string? Problem)
{
    public static FindingResult Recorded(Guid id) => new(true, id, null);

    public static FindingResult Refused(string problem) => new(false, null, problem);
}
