using Kim.Workflows.Notifications.Links;

namespace Kim.Workflows.Application.Answers;

/// <summary>What the answer page shows: the status and, for a genuine link, what it stands for.</summary>
public sealed record AnswerOutcome(AnswerStatus Status, string? CaseNumber = null, string? PartnerName = null, PartnerAnswer? Answer = null, DateTimeOffset? ExpiresAt = null);
