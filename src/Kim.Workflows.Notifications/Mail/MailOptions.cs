namespace Kim.Workflows.Notifications.Mail;

/// <summary>
/// SMTP settings. Without a <see cref="Host"/> (the embedded default) mail is written as
/// <c>.eml</c> files into <see cref="PickupDirectory"/> instead of being sent.
/// </summary>
public sealed class MailOptions
{
    /// <summary>SMTP server; empty means "use the pickup folder".</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public MailSecurity Security { get; set; } = MailSecurity.StartTls;

    /// <summary>User for SMTP AUTH; empty means no authentication (e.g. an IP-restricted relay).</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>Envelope and header sender, e.g. the KIM office's function mailbox.</summary>
    public string FromAddress { get; set; } = string.Empty;

    public string? FromName { get; set; }

    /// <summary>Name sent in EHLO; empty lets MailKit use the machine name.</summary>
    public string? LocalDomain { get; set; }

    /// <summary>Time allowed to connect, including the TLS handshake.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time allowed for each SMTP command and its reply once connected.</summary>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Mails handed to the SMTP server at the same time. It also bounds what a crash can double: only a mail the server
    /// accepted and the app had not yet marked sent goes out twice (same Message-Id), at most this many per crash.
    /// </summary>
    public int MaxConcurrentSends { get; set; } = 4;

    /// <summary>Whether TLS certificates are checked against revocation lists (off only where CRLs are unreachable).</summary>
    public bool CheckCertificateRevocation { get; set; } = true;

    /// <summary>Folder for <c>.eml</c> files when no <see cref="Host"/> is configured.</summary>
    public string PickupDirectory { get; set; } = Path.Combine("data", "mail-pickup");

    /// <summary>First delay after a failed attempt; doubles with every further failure.</summary>
    public TimeSpan RetryInitialDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest delay between two attempts: when the server is back, the backlog goes out within this span.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long after the first attempt delivery is still tried before the mail is given up.</summary>
    public TimeSpan RetryWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Whether mail goes to the pickup folder rather than to an SMTP server.</summary>
    public bool UsesPickupFolder => string.IsNullOrWhiteSpace(Host);
}
