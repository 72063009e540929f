using System.Text;

namespace Kim.Workflows.Notifications.Mail;

/// <summary>A file sent with a mail.</summary>
/// <param name="FileName">Name shown to the recipient, e.g. <c>einladung.ics</c>.</param>
/// <param name="ContentType">MIME type with parameters, e.g. <c>text/calendar; method=REQUEST</c>.</param>
/// <param name="Content">The bytes.</param>
public sealed record MailAttachment(string FileName, string ContentType, byte[] Content)
{
    /// <summary>
    /// An iCalendar attachment. The <c>method</c> parameter must repeat the calendar's METHOD
    /// (RFC 6047 §2.4), otherwise Outlook shows a plain file instead of accept/decline buttons.
    /// </summary>
    public static MailAttachment Calendar(string ics, string method, string fileName = "einladung.ics") =>
        new(fileName, $"text/calendar; method={method}; charset=utf-8", Encoding.UTF8.GetBytes(ics));
}
