using System.Net;
using System.Net.Sockets;
using System.Text;
using Kim.Workflows.Notifications.Calendar;
using Kim.Workflows.Notifications.Mail;
using Kim.Workflows.Notifications.Tests.Calendar;
using Kim.Workflows.Notifications.Tests.Templates;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using SmtpServer.Protocol;
using IcalCalendar = Ical.Net.Calendar;

namespace Kim.Workflows.Notifications.Tests.Mail;

public sealed class SmtpMailTransportTests
{
    [Fact]
    public async Task Invitation_arrives_complete_through_a_real_SMTP_server()
    {
        await using var server = await SmtpTestServer.StartAsync();
        var model = new Dictionary<string, object?>(SampleModels.For("fallkonferenz-einladung"))
        {
            ["empfaengerName"] = "Frau Jäger <script>alert('x')</script>",
            ["anlass"] = "Übergang Schule – Beruf, Größe & Maß",
        };
        var notice = TemplateTestSupport.Renderer().Render("fallkonferenz-einladung", model);
        var invitation = CalendarTestSupport.Invitation();
        var ics = new IcsBuilder(new FakeTimeProvider(MailTestSupport.Now)).BuildRequest(invitation);
        var messageId = OutgoingMail.CreateMessageId(Guid.Parse("6f1c1e0a-5d7b-4c54-9a51-0d1f4a3b2c10"), "kim.example.invalid");
        var mail = OutgoingMail.FromNotice(messageId, [new MailRecipient("jobcenter@partner.example.invalid", "Jobcenter Ahlen")], notice) with
        {
            Cc = [new MailRecipient("fallmanagement@kim.example.invalid")],
            ReplyTo = new MailRecipient("fallmanagement@kim.example.invalid", "Frau Yılmaz"),
            Attachments = [MailAttachment.Calendar(ics, "REQUEST")],
        };

        await MailTestSupport.Smtp(server.Port).SendAsync(mail);

        var received = Assert.Single(server.Messages);
        Assert.Equal(messageId, received.MessageId);
        Assert.Equal(notice.Subject, received.Subject);
        Assert.Contains("Übergang Schule – Beruf, Größe & Maß", received.TextBody);
        Assert.Contains("Übergang Schule – Beruf, Größe &amp; Maß", received.HtmlBody);
        Assert.Contains("Frau Jäger &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", received.HtmlBody);
        Assert.DoesNotContain("<script>", received.HtmlBody);
        Assert.Contains("Frau Jäger <script>alert('x')</script>", received.TextBody);
        Assert.Equal("auto-generated", received.Headers["Auto-Submitted"]);
        Assert.Equal("fallmanagement@kim.example.invalid", Assert.Single(received.Cc.Mailboxes).Address);
        Assert.Equal("fallmanagement@kim.example.invalid", Assert.Single(received.ReplyTo.Mailboxes).Address);

        var alternative = Assert.IsType<MultipartAlternative>(Assert.IsType<Multipart>(received.Body!)[0]);
        Assert.Equal(["text/plain", "text/html"], alternative.Select(part => part.ContentType.MimeType));

        var attachment = Assert.IsAssignableFrom<MimePart>(Assert.Single(received.Attachments));
        Assert.Equal("text/calendar", attachment.ContentType.MimeType);
        Assert.Equal("REQUEST", attachment.ContentType.Parameters["method"]);
        Assert.Equal("einladung.ics", attachment.FileName);
        using var content = new MemoryStream();
        await Assert.IsType<MimeContent>(attachment.Content).DecodeToAsync(content);
        var receivedIcs = Encoding.UTF8.GetString(content.ToArray());
        Assert.Equal(ics, receivedIcs);
        var calendar = IcalCalendar.Load(receivedIcs)!;
        Assert.Equal("REQUEST", calendar.Method);
        Assert.Equal(invitation.Uid, Assert.Single(calendar.Events).Uid);
    }

    [Fact]
    public async Task Same_mail_sent_twice_keeps_its_Message_Id()
    {
        await using var server = await SmtpTestServer.StartAsync();
        var transport = MailTestSupport.Smtp(server.Port);
        var mail = MailTestSupport.SimpleMail("stable-1@kim.example.invalid");

        await transport.SendAsync(mail);
        await transport.SendAsync(mail);

        Assert.Equal(["stable-1@kim.example.invalid", "stable-1@kim.example.invalid"], server.Messages.Select(m => m.MessageId));
    }

    [Fact]
    public async Task Nothing_listening_is_a_transient_failure()
    {
        var port = UnusedPort();

        var error = await Assert.ThrowsAsync<MailDeliveryException>(() => MailTestSupport.Smtp(port).SendAsync(MailTestSupport.SimpleMail()));

        Assert.True(error.IsTransient);
        Assert.Null(error.SmtpStatusCode);
    }

    [Fact]
    public async Task A_5xx_reply_is_a_permanent_failure()
    {
        await using var server = await SmtpTestServer.StartAsync(new SmtpResponse(SmtpReplyCode.TransactionFailed, "Policy rejection"));

        var error = await Assert.ThrowsAsync<MailDeliveryException>(() => MailTestSupport.Smtp(server.Port).SendAsync(MailTestSupport.SimpleMail()));

        Assert.False(error.IsTransient);
        Assert.Equal(554, error.SmtpStatusCode);
        Assert.Empty(server.Messages);
    }

    [Fact]
    public async Task A_4xx_reply_is_a_transient_failure()
    {
        await using var server = await SmtpTestServer.StartAsync(new SmtpResponse(SmtpReplyCode.InsufficientStorage, "Mailbox full, try later"));

        var error = await Assert.ThrowsAsync<MailDeliveryException>(() => MailTestSupport.Smtp(server.Port).SendAsync(MailTestSupport.SimpleMail()));

        Assert.True(error.IsTransient);
        Assert.Equal(452, error.SmtpStatusCode);
    }

    [Fact]
    public async Task Caller_cancellation_is_not_a_delivery_failure()
    {
        await using var server = await SmtpTestServer.StartAsync();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => MailTestSupport.Smtp(server.Port).SendAsync(MailTestSupport.SimpleMail(), cancelled.Token));
    }

    /// <summary>A port the OS just handed out and that nobody listens on any more.</summary>
    private static int UnusedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
