using Kim.Workflows.Notifications.Templates;

namespace Kim.Workflows.Notifications.Mail;

/// <summary>
/// One mail as stored in the outbox. <see cref="MessageId"/> is fixed when the mail is created,
/// so every attempt (also after a crash) carries the same <c>Message-Id</c> header and the pickup
/// folder holds one file per mail.
/// </summary>
/// <param name="MessageId">Globally unique id without angle brackets, e.g. <c>3f2a…@kim.kreis.example</c>.</param>
public sealed record OutgoingMail(
    string MessageId,
    IReadOnlyList<MailRecipient> To,
    string Subject,
    string HtmlBody,
    string TextBody)
{
    public IReadOnlyList<MailRecipient> Cc { get; init; } = [];

    /// <summary>Where answers go, e.g. the responsible case manager rather than the function mailbox.</summary>
    public MailRecipient? ReplyTo { get; init; }

    public IReadOnlyList<MailAttachment> Attachments { get; init; } = [];

    /// <summary>A mail made from a rendered notice.</summary>
    public static OutgoingMail FromNotice(string messageId, IReadOnlyList<MailRecipient> to, RenderedNotice notice) =>
        new(messageId, to, notice.Subject, notice.HtmlBody, notice.TextBody);

    /// <summary>
    /// A Message-Id derived from the outbox row's id, so that it is stable without being stored twice.
    /// </summary>
    public static string CreateMessageId(Guid mailId, string domain) => $"{mailId:N}@{domain}";
}
