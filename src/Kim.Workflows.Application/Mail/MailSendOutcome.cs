namespace Kim.Workflows.Application.Mail;

/// <summary>What happened to one mail in this run: sent (now or earlier), try again at, or given up.</summary>
public sealed record MailSendOutcome(MailSendState State, string Recipients, DateTimeOffset? RetryAt = null, string? Error = null);
