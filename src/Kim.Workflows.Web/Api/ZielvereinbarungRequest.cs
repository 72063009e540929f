namespace Kim.Workflows.Web.Api;

/// <summary>A new Zielvereinbarung over open goals of the file (ids from the case file); it supersedes the one in force.</summary>
public sealed record ZielvereinbarungRequest(DateOnly? AgreedOn, IReadOnlyList<Guid>? GoalIds, bool SignedByClient, string? Remarks);
