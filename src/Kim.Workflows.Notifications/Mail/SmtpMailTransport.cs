using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Kim.Workflows.Notifications.Mail;

/// <summary>
/// Sends through an SMTP server with MailKit: one connection per mail (connect, authenticate, send,
/// quit). Mail volume in KIM is small, and a fresh connection per attempt keeps the retry logic of
/// the outbox simple and every failure attributable to one mail. At most <see cref="MailOptions.MaxConcurrentSends"/>
/// mails are with the server at a time.
/// </summary>
public sealed class SmtpMailTransport : IMailTransport, IDisposable
{
    private readonly SemaphoreSlim sending;
    private readonly MailOptions options;
    private readonly string host;
    private readonly MimeMessageBuilder builder;
    private readonly TimeProvider timeProvider;
    private readonly ILogger<SmtpMailTransport> logger;

    public SmtpMailTransport(IOptions<MailOptions> options, MimeMessageBuilder builder, TimeProvider timeProvider, ILogger<SmtpMailTransport>? logger = null)
    {
        this.options = options.Value;
        this.builder = builder;
        this.timeProvider = timeProvider;
        this.logger = logger ?? NullLogger<SmtpMailTransport>.Instance;
        sending = new SemaphoreSlim(Math.Max(1, this.options.MaxConcurrentSends));
        host = string.IsNullOrWhiteSpace(this.options.Host)
            ? throw new InvalidOperationException("SmtpMailTransport needs MailOptions.Host.")
            : this.options.Host;
    }

    public void Dispose() => sending.Dispose();

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        var message = builder.Build(mail);
        await sending.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await SendOneAsync(mail, message, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            sending.Release();
        }
    }

    private async Task SendOneAsync(OutgoingMail mail, MimeKit.MimeMessage message, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient
        {
            Timeout = (int)options.OperationTimeout.TotalMilliseconds,
            CheckCertificateRevocation = options.CheckCertificateRevocation,
        };
        if (!string.IsNullOrWhiteSpace(options.LocalDomain))
        {
            client.LocalDomain = options.LocalDomain;
        }

        try
        {
            using (var connectTimeout = new CancellationTokenSource(options.ConnectTimeout, timeProvider))
            using (var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, connectTimeout.Token))
            {
                await client.ConnectAsync(host, options.Port, ToSocketOptions(options.Security), linked.Token).ConfigureAwait(false);
            }

            if (!string.IsNullOrEmpty(options.User))
            {
                await client.AuthenticateAsync(options.User, options.Password ?? string.Empty, cancellationToken).ConfigureAwait(false);
            }

            await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (Classify(exception, cancellationToken) is { } failure)
        {
            // No exception object here: an SMTP server's reply often quotes the refused recipient address, and technical
            // logs carry no personal data. The full reply travels in the MailDeliveryException to the mail record.
            logger.LogWarning("Mail {MessageId} not delivered to {Host}:{Port} ({Kind}, {Failure}, SMTP status {SmtpStatus}).",
                mail.MessageId, host, options.Port, failure.IsTransient ? "transient" : "permanent", exception.GetType().Name, failure.SmtpStatusCode);
            throw failure;
        }

        // The server has accepted the message: a failing QUIT must not make the outbox send it again.
        try
        {
            await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or SocketException or ProtocolException or OperationCanceledException)
        {
            logger.LogDebug(exception, "QUIT after mail {MessageId} failed; the mail was already accepted.", mail.MessageId);
        }

        logger.LogInformation("Mail {MessageId} delivered to {Host} for {RecipientCount} recipient(s).",
            mail.MessageId, host, mail.To.Count + mail.Cc.Count);
    }

    /// <summary>
    /// Maps MailKit's failures to transient (try again later) or permanent (needs a person).
    /// Returns null for exceptions that must propagate unchanged (the caller's cancellation, bugs).
    /// </summary>
    private MailDeliveryException? Classify(Exception exception, CancellationToken callerToken)
    {
        var where = $"{host}:{options.Port}";
        return exception switch
        {
            OperationCanceledException when callerToken.IsCancellationRequested => null,
            OperationCanceledException or TimeoutException =>
                new MailDeliveryException($"SMTP server {where} did not answer in time.", isTransient: true, innerException: exception),
            SmtpCommandException command => new MailDeliveryException(
                $"SMTP server {where} refused the mail: {(int)command.StatusCode} {command.Message}",
                isTransient: (int)command.StatusCode is >= 400 and < 500,
                smtpStatusCode: (int)command.StatusCode,
                innerException: exception),
            // Wrong credentials or TLS set-up are configuration errors: retrying for a day only hides them.
            AuthenticationException =>
                new MailDeliveryException($"SMTP server {where} rejected the credentials of '{options.User}'.", isTransient: false, innerException: exception),
            SslHandshakeException =>
                new MailDeliveryException($"TLS handshake with {where} failed: {exception.Message}", isTransient: false, innerException: exception),
            NotSupportedException =>
                new MailDeliveryException($"SMTP server {where} does not support the configured security or authentication: {exception.Message}", isTransient: false, innerException: exception),
            SmtpProtocolException or ServiceNotConnectedException or SocketException or IOException =>
                new MailDeliveryException($"Connection to SMTP server {where} failed: {exception.Message}", isTransient: true, innerException: exception),
            _ => null,
        };
    }

    private static SecureSocketOptions ToSocketOptions(MailSecurity security) => security switch
    {
        MailSecurity.None => SecureSocketOptions.None,
        MailSecurity.StartTls => SecureSocketOptions.StartTls,
        MailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => throw new ArgumentOutOfRangeException(nameof(security), security, null),
    };
}
