namespace Kim.Workflows.Notifications.Mail;

/// <summary>An e-mail address with an optional display name.</summary>
public sealed record MailRecipient(string Address, string? DisplayName = null);
