using Kim.Workflows.Notifications.Mail;
using MimeKit;

namespace Kim.Workflows.Notifications.Tests.Mail;

public sealed class MimeMessageBuilderTests
{
    private static readonly MimeMessageBuilder Builder = MailTestSupport.Builder(MailTestSupport.SmtpOptions(25));

    [Fact]
    public void Builds_text_and_html_alternatives_with_stable_headers()
    {
        var message = Builder.Build(MailTestSupport.SimpleMail("id-1@kim.example.invalid"));

        Assert.Equal("id-1@kim.example.invalid", message.MessageId);
        Assert.Equal(MailTestSupport.Now, message.Date);
        Assert.Equal("KIM Fallmanagement", Assert.Single(message.From.Mailboxes).Name);
        var alternative = Assert.IsType<MultipartAlternative>(message.Body);
        Assert.Equal(["text/plain", "text/html"], alternative.Select(part => part.ContentType.MimeType));
        Assert.All(alternative, part => Assert.Equal("utf-8", part.ContentType.Charset, ignoreCase: true));
    }

    [Theory]
    [InlineData("")]
    [InlineData("no-at-sign")]
    [InlineData("<bracketed@x>")]
    [InlineData("with space@x")]
    public void Rejects_invalid_Message_Ids(string messageId)
    {
        Assert.Throws<ArgumentException>(() => Builder.Build(MailTestSupport.SimpleMail(messageId)));
    }

    [Fact]
    public void Rejects_mail_without_recipient_or_with_invalid_address()
    {
        var mail = MailTestSupport.SimpleMail();

        Assert.Throws<ArgumentException>(() => Builder.Build(mail with { To = [] }));
        Assert.Throws<ArgumentException>(() => Builder.Build(mail with { To = [new MailRecipient("kein-postfach")] }));
    }
}
