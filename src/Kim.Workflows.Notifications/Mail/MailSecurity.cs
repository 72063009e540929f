namespace Kim.Workflows.Notifications.Mail;

/// <summary>How the SMTP connection is protected.</summary>
public enum MailSecurity
{
    /// <summary>No TLS (only for a relay on the same host or a test server).</summary>
    None,

    /// <summary>Plain connect, then STARTTLS, which must succeed (port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,
}
