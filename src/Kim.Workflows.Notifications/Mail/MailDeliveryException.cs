namespace Kim.Workflows.Notifications.Mail;

/// <summary>
/// A mail could not be delivered. <see cref="IsTransient"/> tells the outbox whether trying again
/// later can help (connection failures, 4xx replies) or not (5xx replies, bad credentials or TLS
/// configuration), in which case the workflow should get an incident at once.
/// </summary>
public sealed class MailDeliveryException : Exception
{
    public MailDeliveryException(string message, bool isTransient, int? smtpStatusCode = null, Exception? innerException = null)
        : base(message, innerException)
    {
        IsTransient = isTransient;
        SmtpStatusCode = smtpStatusCode;
    }

    public bool IsTransient { get; }

    /// <summary>The SMTP reply code when the server answered, e.g. 450 or 550.</summary>
    public int? SmtpStatusCode { get; }
}
