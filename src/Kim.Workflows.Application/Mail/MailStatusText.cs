using System.Globalization;
using Kim.Workflows.Application.Persistence;
using Kim.Workflows.Domain.Time;

namespace Kim.Workflows.Application.Mail;

/// <summary>A mail's state as a case manager reads it in the timeline (German, times in Europe/Berlin).</summary>
public static class MailStatusText
{
    public static string For(MailRecord mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        return mail.Status switch
        {
            MailStatus.Sent => "zugestellt",
            MailStatus.Sending => "wird gerade zugestellt",
            MailStatus.Failed => $"nicht zugestellt, Störung gemeldet{Reason(mail.LastError)}",
            _ when mail.LastError is not null && mail.NextAttemptAt is { } next =>
                $"Zustellung ausstehend (SMTP nicht erreichbar, nächster Versuch {Berlin(next)})",
            _ when mail.LastError is not null => "Zustellung ausstehend (SMTP nicht erreichbar)",
            _ => "Zustellung ausstehend",
        };
    }

    private static string Reason(string? error) => error is null ? "" : $": {error}";

    /// <summary>HH:mm: retries are at most a minute apart, so the next one is always today or just after midnight.</summary>
    private static string Berlin(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, KimCalendar.Zone).ToString("HH:mm", CultureInfo.InvariantCulture);
}
