using Kim.Workflows.Notifications.Mail;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Kim.Workflows.Notifications.Tests.Mail;

internal static class MailTestSupport
{
    public static readonly DateTimeOffset Now = new(2026, 2, 20, 9, 0, 0, TimeSpan.Zero);

    public static MailOptions SmtpOptions(int port) => new()
    {
        Host = "127.0.0.1",
        Port = port,
        Security = MailSecurity.None,
        FromAddress = "kim-workflows@kim.example.invalid",
        FromName = "KIM Fallmanagement",
        ConnectTimeout = TimeSpan.FromSeconds(10),
        OperationTimeout = TimeSpan.FromSeconds(10),
    };

    public static SmtpMailTransport Smtp(int port) => Smtp(SmtpOptions(port));

    /// <summary>A transport against the real test server: its time-outs must elapse in real time.</summary>
    public static SmtpMailTransport Smtp(MailOptions options) => new(Options.Create(options), Builder(options), TimeProvider.System);

    public static MimeMessageBuilder Builder(MailOptions options) => new(Options.Create(options), new FakeTimeProvider(Now));

    public static OutgoingMail SimpleMail(string messageId = "a1b2c3@kim.example.invalid") => new(
        messageId,
        [new MailRecipient("jobcenter@partner.example.invalid", "Jobcenter, Team Integration")],
        "Grüße aus Ahlen: äöü ß",
        "<p>Grüße äöü ß</p>",
        "Grüße äöü ß");
}
