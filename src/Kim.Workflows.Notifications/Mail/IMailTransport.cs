namespace Kim.Workflows.Notifications.Mail;

/// <summary>Hands one mail over for delivery.</summary>
public interface IMailTransport
{
    /// <summary>Sends <paramref name="mail"/>; returns when the server (or folder) has accepted it.</summary>
    /// <exception cref="MailDeliveryException">Delivery failed; see <see cref="MailDeliveryException.IsTransient"/>.</exception>
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default);
}
