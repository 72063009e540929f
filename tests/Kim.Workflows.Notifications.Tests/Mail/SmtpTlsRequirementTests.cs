using Kim.Workflows.Notifications.Mail;
using Microsoft.Extensions.Options;

namespace Kim.Workflows.Notifications.Tests.Mail;

/// <summary>
/// TLS is required unless a configuration says otherwise: without a <c>Security</c> setting the transport insists on
/// STARTTLS (MailKit's <c>SecureSocketOptions.StartTls</c>, not the opportunistic <c>StartTlsWhenAvailable</c>), so a
/// server that offers no STARTTLS gets no mail in clear text.
/// </summary>
public sealed class SmtpTlsRequirementTests
{
    [Fact]
    public void The_default_security_requires_TLS()
    {
        Assert.Equal(MailSecurity.StartTls, new MailOptions().Security);
    }

    [Fact]
    public async Task Without_a_security_setting_a_server_without_STARTTLS_gets_nothing_in_clear_text()
    {
        // The test server has no certificate, so it does not offer STARTTLS in its EHLO reply.
        await using var server = await SmtpTestServer.StartAsync();
        var options = new MailOptions
        {
            Host = "127.0.0.1",
            Port = server.Port,
            FromAddress = "kim-workflows@kim.example.invalid",
            ConnectTimeout = TimeSpan.FromSeconds(10),
            OperationTimeout = TimeSpan.FromSeconds(10),
        };
        var transport = MailTestSupport.Smtp(options);

        var error = await Assert.ThrowsAsync<MailDeliveryException>(() => transport.SendAsync(MailTestSupport.SimpleMail()));

        Assert.False(error.IsTransient); // a configuration error: retrying for a day only hides it
        Assert.Contains("does not support the configured security", error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Messages);
    }

    [Fact]
    public async Task Explicit_security_None_sends_to_a_local_catcher()
    {
        await using var server = await SmtpTestServer.StartAsync();

        await MailTestSupport.Smtp(server.Port).SendAsync(MailTestSupport.SimpleMail());

        Assert.Single(server.Messages);
    }
}
