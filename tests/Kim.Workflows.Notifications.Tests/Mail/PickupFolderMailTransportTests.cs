using Kim.Workflows.Notifications.Mail;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Kim.Workflows.Notifications.Tests.Mail;

public sealed class PickupFolderMailTransportTests : IDisposable
{
    private readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    private PickupFolderMailTransport Transport()
    {
        var options = new MailOptions { FromAddress = "kim-workflows@kim.example.invalid", PickupDirectory = Path.Combine(folder.Path, "pickup") };
        return new PickupFolderMailTransport(Options.Create(options), MailTestSupport.Builder(options));
    }

    [Fact]
    public async Task Writes_one_eml_per_Message_Id_and_nothing_else()
    {
        var transport = Transport();

        await transport.SendAsync(MailTestSupport.SimpleMail("m1@kim.example.invalid"));
        await transport.SendAsync(MailTestSupport.SimpleMail("m2@kim.example.invalid"));

        var files = Directory.GetFiles(transport.Directory).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(["m1@kim.example.invalid.eml", "m2@kim.example.invalid.eml"], files);
    }

    [Fact]
    public async Task Sending_the_same_Message_Id_twice_leaves_one_unchanged_file()
    {
        var transport = Transport();
        var mail = MailTestSupport.SimpleMail("twice@kim.example.invalid");
        await transport.SendAsync(mail);
        var path = Assert.Single(Directory.GetFiles(transport.Directory));
        var first = await File.ReadAllBytesAsync(path);

        await transport.SendAsync(mail with { Subject = "geändert" });

        Assert.Equal(path, Assert.Single(Directory.GetFiles(transport.Directory)));
        Assert.Equal(first, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task Concurrent_sends_of_one_mail_leave_one_file()
    {
        var transport = Transport();
        var mail = MailTestSupport.SimpleMail("race@kim.example.invalid");

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => transport.SendAsync(mail))));

        Assert.Single(Directory.GetFiles(transport.Directory));
    }

    [Fact]
    public async Task File_is_a_complete_MIME_message_with_CRLF_line_ends()
    {
        var transport = Transport();

        await transport.SendAsync(MailTestSupport.SimpleMail("crlf@kim.example.invalid"));

        var path = Assert.Single(Directory.GetFiles(transport.Directory));
        var text = await File.ReadAllTextAsync(path);
        Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty, StringComparison.Ordinal));
        var message = await MimeMessage.LoadAsync(path);
        Assert.Equal("crlf@kim.example.invalid", message.MessageId);
        Assert.Equal("Grüße aus Ahlen: äöü ß", message.Subject);
        Assert.Equal("Grüße äöü ß", message.TextBody?.TrimEnd());
    }

    [Theory]
    [InlineData("plain@kim.example.invalid", "plain@kim.example.invalid.eml")]
    [InlineData("a/b@x", "a_b@x-")]
    [InlineData("a_b@x", "a_b@x.eml")]
    [InlineData("../../etc@x", "_.._etc@x-")]
    public void File_names_are_safe_and_distinct(string messageId, string expectedStart)
    {
        var name = PickupFolderMailTransport.FileNameFor(messageId);

        Assert.StartsWith(expectedStart, name);
        Assert.EndsWith(".eml", name);
        Assert.DoesNotContain('/', name);
        Assert.DoesNotContain('\\', name);
        Assert.False(name.StartsWith('.'));
    }
}
