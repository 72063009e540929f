using Kim.Workflows.Notifications.Calendar;

namespace Kim.Workflows.Notifications.Tests.Calendar;

internal static class CalendarTestSupport
{
    public static ConferenceInvitation Invitation() => new(
        ConferenceInvitation.UidFor(Guid.Parse("0b7e6a52-3c61-4d5e-8f0a-1b2c3d4e5f60"), "kim.example.invalid"),
        0,
        new DateTimeOffset(2026, 3, 3, 13, 30, 0, TimeSpan.Zero),
        new DateTimeOffset(2026, 3, 3, 15, 0, 0, TimeSpan.Zero),
        "Fallkonferenz KIM-2026-0042 – Hilfeplanung Übergang Schule/Beruf, Größenordnung äöüß",
        "Frau Yılmaz, Fallmanagement",
        "fallmanagement@kim.example.invalid",
        [
            new ConferenceAttendee("Jobcenter Ahlen, Team \"Integration\"", "jobcenter@partner.example.invalid"),
            new ConferenceAttendee("Jugendmigrationsdienst", "jmd@partner.example.invalid"),
        ])
    {
        Location = "Kreishaus, Raum 2.14",
        VideoLink = "https://video.example.invalid/fk-0042",
        Description = "Fallkonferenz im Kommunalen Integrationsmanagement.\nBitte antworten Sie über die Links in der E-Mail; Sätze mit Kommas, Semikola; und Umlauten.",
    };
}
