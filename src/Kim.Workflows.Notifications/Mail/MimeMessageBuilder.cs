using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Kim.Workflows.Notifications.Mail;

/// <summary>
/// Turns an <see cref="OutgoingMail"/> into a MIME message: <c>multipart/alternative</c> with the
/// text part first and the HTML part second (clients show the last part they understand), inside
/// <c>multipart/mixed</c> when there are attachments.
/// </summary>
public sealed partial class MimeMessageBuilder
{
    private readonly MailOptions options;
    private readonly TimeProvider timeProvider;

    public MimeMessageBuilder(IOptions<MailOptions> options, TimeProvider timeProvider)
    {
        this.options = options.Value;
        this.timeProvider = timeProvider;
    }

    /// <exception cref="ArgumentException">No recipient, an invalid address or an invalid Message-Id.</exception>
    public MimeMessage Build(OutgoingMail mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        if (mail.To.Count == 0)
        {
            throw new ArgumentException("A mail needs at least one 'To' recipient.", nameof(mail));
        }

        if (!MessageIdPattern().IsMatch(mail.MessageId))
        {
            throw new ArgumentException($"'{mail.MessageId}' is not a valid Message-Id (expected 'unique@domain' without angle brackets).", nameof(mail));
        }

        var message = new MimeMessage();
        message.From.Add(Mailbox(new MailRecipient(options.FromAddress, options.FromName)));
        message.To.AddRange(mail.To.Select(Mailbox));
        message.Cc.AddRange(mail.Cc.Select(Mailbox));
        if (mail.ReplyTo is not null)
        {
            message.ReplyTo.Add(Mailbox(mail.ReplyTo));
        }

        message.Subject = mail.Subject;
        message.MessageId = mail.MessageId;
        message.Date = timeProvider.GetUtcNow();
        // RFC 3834: tells mail servers and clients not to answer with out-of-office replies,
        // which would otherwise land in the function mailbox by the hundred.
        message.Headers.Add("Auto-Submitted", "auto-generated");

        var body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody };
        foreach (var attachment in mail.Attachments)
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }

        message.Body = body.ToMessageBody();
        return message;
    }

    private static MailboxAddress Mailbox(MailRecipient recipient)
    {
        if (!MailboxAddress.TryParse(recipient.Address, out var parsed) || parsed.Address.IndexOf('@') <= 0)
        {
            throw new ArgumentException($"'{recipient.Address}' is not a valid e-mail address.", nameof(recipient));
        }

        return new MailboxAddress(recipient.DisplayName ?? string.Empty, parsed.Address);
    }

    [GeneratedRegex(@"^[^\s<>@]+@[^\s<>@]+$", RegexOptions.CultureInvariant)]
    private static partial Regex MessageIdPattern();
}
