namespace Kim.Workflows.Domain.Partners;

public enum PartnerKind
{
    Jobcenter,
    AgenturFuerArbeit,
    Jugendamt,
    Schule,
    /// <summary>Migrationsberatung für erwachsene Zugewanderte.</summary>
    MBE,
    /// <summary>Jugendmigrationsdienst.</summary>
    JMD,
    Wohlfahrtsverband,
    Auslaenderbehoerde,
    Einbuergerungsbehoerde,
    Sonstige,
}
