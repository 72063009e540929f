using Kim.Workflows.Domain.Districts;
using Kim.Workflows.Domain.Partners;

namespace Kim.Workflows.Domain.Seeding;

/// <summary>
/// The network partners of the demo. Organisation kinds follow the Kreis's real network; every
/// contact person and address is fictitious and uses reserved <c>.example</c> domains.
/// </summary>
public static class DemoPartners
{
    public const string Jobcenter = "Jobcenter Kreis Warendorf";
    public const string Arbeitsagentur = "Agentur für Arbeit, Geschäftsstelle Ahlen";
    public const string JugendamtKreis = "Jugendamt Kreis Warendorf";
    public const string JugendamtAhlen = "Jugendamt Stadt Ahlen";
    public const string Mbe = "Migrationsberatung für Erwachsene (MBE)";
    public const string Jmd = "Jugendmigrationsdienst (JMD)";
    public const string Auslaenderbehoerde = "Ausländerbehörde Kreis Warendorf";
    public const string Einbuergerungsbehoerde = "Einbürgerungsbehörde Kreis Warendorf";

    public static IReadOnlyList<PartnerOrganisation> Create() =>
    [
        Org(Jobcenter, PartnerKind.Jobcenter, null, "jobcenter.example", ("Erika Beispielhaft", "Fallmanagement SGB II"), ("Paul Vorlage", "Arbeitsvermittlung")),
        Org(Arbeitsagentur, PartnerKind.AgenturFuerArbeit, null, "arbeitsagentur.example", ("Karin Muster-Lenz", "Berufsberatung")),
        Org(JugendamtKreis, PartnerKind.Jugendamt, null, "jugendamt-kreis.example", ("Stefan Fallbeispiel", "Allgemeiner Sozialer Dienst")),
        Org(JugendamtAhlen, PartnerKind.Jugendamt, KreisWarendorf.Ahlen, "jugendamt-ahlen.example", ("Mona Exempla", "Allgemeiner Sozialer Dienst")),
        Org("Gesamtschule am Musterweg (fiktiv)", PartnerKind.Schule, KreisWarendorf.Suedkreis, "schule-musterweg.example", ("Jan Tafel", "Schulsozialarbeit")),
        Org("Grundschule Beispielstraße (fiktiv)", PartnerKind.Schule, KreisWarendorf.Nordkreis, "grundschule-beispiel.example", ("Ina Kreide", "Schulleitung")),
        Org(Mbe, PartnerKind.MBE, null, "mbe.example", ("Yasemin Probe", "Migrationsberatung")),
        Org(Jmd, PartnerKind.JMD, null, "jmd.example", ("Leon Entwurf", "Jugendmigrationsdienst")),
        Org("Caritasverband (Demo)", PartnerKind.Wohlfahrtsverband, null, "caritas-demo.example", ("Rita Platzhalter", "Flüchtlingsberatung")),
        Org("Diakonie (Demo)", PartnerKind.Wohlfahrtsverband, null, "diakonie-demo.example", ("Ole Fiktiv", "Sozialberatung")),
        Org("AWO Unterbezirk (Demo)", PartnerKind.Wohlfahrtsverband, null, "awo-demo.example", ("Gül Musterfrau", "Migrationsdienst")),
        Org(Auslaenderbehoerde, PartnerKind.Auslaenderbehoerde, null, "abh.example", ("Markus Testfall", "Bleiberecht (KIM)")),
        Org(Einbuergerungsbehoerde, PartnerKind.Einbuergerungsbehoerde, null, "ebh.example", ("Nadia Musterfrau", "Einbürgerung (KIM)")),
        Org("Volkshochschule, Sprachkurse (Demo)", PartnerKind.Sonstige, null, "vhs-demo.example", ("Bernd Lehrplan", "Integrationskurse")),
    ];

    private static PartnerOrganisation Org(string name, PartnerKind kind, string? districtId, string domain, params (string Name, string Role)[] people)
    {
        var org = new PartnerOrganisation
        {
            Name = name,
            Kind = kind,
            DistrictId = districtId,
            Email = $"kontakt@{domain}",
            Phone = "+49 2581 000000",
        };
        foreach (var (person, role) in people)
        {
            var local = person.ToLowerInvariant().Replace(' ', '.').Replace("ü", "ue").Replace("ö", "oe").Replace("ä", "ae");
            org.ContactPersons.Add(new ContactPerson { OrganisationId = org.Id, Name = person, Role = role, Email = $"{local}@{domain}" });
        }

        return org;
    }
}
