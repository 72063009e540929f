using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Kim.Workflows.Notifications.Mail;

/// <summary>
/// Picks SMTP when a host is configured, else the pickup folder, and says which once (the transport
/// is a singleton), so an operator never wonders why no mail arrives.
/// </summary>
internal static class MailTransportSelector
{
    public static IMailTransport Create(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<MailOptions>>().Value;
        // Logging is optional: the library must not register its own (null) logger factory.
        var logger = (services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger(typeof(MailTransportSelector).FullName!);
        if (options.UsesPickupFolder)
        {
            var pickup = ActivatorUtilities.CreateInstance<PickupFolderMailTransport>(services);
            logger.LogWarning("No SMTP host configured: mail is written as .eml files to {PickupDirectory} and not sent.", pickup.Directory);
            return pickup;
        }

        if (options.Security == MailSecurity.None)
        {
            // TLS is the default (StartTls, which fails rather than falling back to clear text); None is an explicit
            // choice for a mail catcher on the same host or network, and the log says so at every start.
            logger.LogWarning("SMTP security is None: mail to {Host}:{Port} travels unencrypted. Use this only for a local mail catcher.",
                options.Host, options.Port);
            if (!string.IsNullOrEmpty(options.User))
            {
                logger.LogWarning("SMTP authentication is configured without TLS: the password travels unencrypted.");
            }
        }

        logger.LogInformation("Mail is sent through SMTP server {Host}:{Port} ({Security}) as {From}.",
            options.Host, options.Port, options.Security, options.FromAddress);
        return ActivatorUtilities.CreateInstance<SmtpMailTransport>(services);
    }
}
