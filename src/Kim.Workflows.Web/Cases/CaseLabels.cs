using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Clients;
using Kim.Workflows.Domain.Conferences;
using Kim.Workflows.Domain.Consents;
using Kim.Workflows.Domain.Consultations;

namespace Kim.Workflows.Web.Cases;

/// <summary>German labels of the domain's enums for the case pages.</summary>
public static class CaseLabels
{
    /// <summary>The same labels as the controlling tables, so a phase reads alike everywhere.</summary>
    public static string Phase(CasePhase phase) => Domain.Controlling.ControllingLabels.Of(phase);

    public static string Referral(ReferralSource source) => source switch
    {
        ReferralSource.Selbstmeldung => "Selbstmeldung",
        ReferralSource.AgenturFuerArbeit => "Agentur für Arbeit",
        ReferralSource.Auslaenderbehoerde => "Ausländerbehörde",
        ReferralSource.Einbuergerungsbehoerde => "Einbürgerungsbehörde",
        ReferralSource.Migrationsberatung => "Migrationsberatung (MBE/JMD)",
        ReferralSource.Wohlfahrtsverband => "Wohlfahrtsverband",
        ReferralSource.Kommune => "Stadt / Gemeinde",
        _ => source.ToString(),
    };

    public static string LegalDomains(Rechtskreis domains)
    {
        if (domains == Rechtskreis.Keiner)
        {
            return "keiner";
        }

        var names = new List<string>();
        foreach (var (flag, name) in Domains)
        {
            if (domains.HasFlag(flag))
            {
                names.Add(name);
            }
        }

        return string.Join(", ", names);
    }

    public static IReadOnlyList<(Rechtskreis Flag, string Name)> Domains { get; } =
        [(Rechtskreis.SgbII, "SGB II"), (Rechtskreis.SgbIII, "SGB III"), (Rechtskreis.SgbVIII, "SGB VIII"), (Rechtskreis.SgbXII, "SGB XII"), (Rechtskreis.AsylbLG, "AsylbLG")];

    public static string Residence(Aufenthaltsstatus status) => status switch
    {
        Aufenthaltsstatus.ChancenAufenthaltsrecht104c => "Chancen-Aufenthaltsrecht (§ 104c)",
        Aufenthaltsstatus.Beschaeftigungsduldung => "Beschäftigungsduldung",
        Aufenthaltsstatus.DaueraufenthaltEU => "Daueraufenthalt-EU",
        Aufenthaltsstatus.EuFreizuegigkeit => "EU-Freizügigkeit",
        Aufenthaltsstatus.DeutscheStaatsangehoerigkeit => "deutsche Staatsangehörigkeit",
        _ => status.ToString(),
    };

    public static string Conference(ConferenceStatus status) => status switch
    {
        ConferenceStatus.Geplant => "geplant",
        ConferenceStatus.Eingeladen => "eingeladen",
        ConferenceStatus.Durchgefuehrt => "durchgeführt",
        ConferenceStatus.Protokolliert => "protokolliert",
        ConferenceStatus.Abgesagt => "abgesagt",
        _ => status.ToString(),
    };

    public static string Answer(InvitationAnswer answer) => answer switch
    {
        InvitationAnswer.Offen => "Antwort offen",
        InvitationAnswer.Zugesagt => "zugesagt",
        InvitationAnswer.Abgesagt => "abgesagt",
        InvitationAnswer.NichtEingeladen => "nicht eingeladen",
        _ => answer.ToString(),
    };

    public static string Topic(ConsultationTopic topic) => topic switch
    {
        ConsultationTopic.Bleiberecht25a => "Bleiberecht § 25a AufenthG",
        ConsultationTopic.Bleiberecht25b => "Bleiberecht § 25b AufenthG",
        ConsultationTopic.Einbuergerung10StAG => "Einbürgerung: Vorprüfung § 10 StAG",
        _ => "sonstige Frage",
    };

    public static string Authority(Authority authority) => authority == Domain.Consultations.Authority.Auslaenderbehoerde ? "Ausländerbehörde" : "Einbürgerungsbehörde";

    public static string Category(DataCategory category) => category switch
    {
        DataCategory.BildungAnerkennung => "Bildung / Anerkennung",
        DataCategory.FamilieSchuleKita => "Familie / Schule / Kita",
        DataCategory.AllgemeineFalldaten => "allgemeine Falldaten",
        DataCategory.ReligioeseUeberzeugung => "religiöse Überzeugung (Art. 9)",
        DataCategory.EthnischeHerkunft => "ethnische Herkunft (Art. 9)",
        DataCategory.SexuelleOrientierung => "sexuelle Orientierung (Art. 9)",
        DataCategory.Gesundheit => "Gesundheit (Art. 9)",
        DataCategory.Strafrechtliches => "Strafrechtliches (Art. 10)",
        _ => category.ToString(),
    };

    public static string Relationship(HouseholdRelationship relationship) => relationship switch
    {
        HouseholdRelationship.Partner => "Partner/in",
        HouseholdRelationship.Kind => "Kind",
        HouseholdRelationship.Elternteil => "Elternteil",
        HouseholdRelationship.Geschwister => "Geschwister",
        _ => "sonstige Angehörige",
    };

    public static string Contact(ContactKind kind) => kind switch
    {
        ContactKind.Persoenlich => "persönlich (Beratungsstelle)",
        ContactKind.Telefon => "Telefon",
        ContactKind.EMail => "E-Mail",
        ContactKind.Video => "Video",
        _ => "aufsuchend (Hausbesuch, Unterkunft, Schule …)",
    };

    /// <summary>Validity of a consent at a day: what the case manager must know before sharing.</summary>
    public static string ConsentState(Schweigepflichtentbindung consent, DateTimeOffset now, DateOnly today) =>
        consent.RevokedAt is { } revoked && revoked <= now ? $"widerrufen am {BerlinTime.FormatDate(revoked)}"
        : consent.ValidUntil is { } until && until < today ? $"abgelaufen am {until:dd.MM.yyyy}"
        : consent.GivenOn > today ? $"gilt ab {consent.GivenOn:dd.MM.yyyy}"
        : consent.ValidUntil is { } end ? $"gültig bis {end:dd.MM.yyyy}" : "gültig (bis zum Widerruf)";

    public static bool ConsentValid(Schweigepflichtentbindung consent, DateTimeOffset now, DateOnly today) =>
        !(consent.RevokedAt is { } revoked && revoked <= now) && !(consent.ValidUntil is { } until && until < today) && consent.GivenOn <= today;
}
