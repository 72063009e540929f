namespace Kim.Workflows.Application.Cases;

/// <summary>A mail sent (or being sent) for a case.</summary>
public sealed record CaseMailView(DateTimeOffset CreatedAt, string Template, string Subject, string Recipients, string Status, int Attempts, DateTimeOffset? SentAt, string? LastError, string MessageId, string StatusText);
