namespace Kim.Workflows.Domain.Cases;

/// <summary>Which body referred the person (aktive Zugangssteuerung); hand-offs run both ways.</summary>
public enum ReferralSource
{
    Selbstmeldung,
    Jobcenter,
    AgenturFuerArbeit,
    Jugendamt,
    Sozialamt,
    Auslaenderbehoerde,
    Einbuergerungsbehoerde,
    Schule,
    Kita,
    Migrationsberatung,
    Wohlfahrtsverband,
    Kommune,
    Ehrenamt,
    Sonstige,
}
