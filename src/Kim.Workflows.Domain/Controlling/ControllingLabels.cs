using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Conferences;
using Kim.Workflows.Domain.Consultations;

namespace Kim.Workflows.Domain.Controlling;

/// <summary>German labels for the categories of the Sachbericht tables.</summary>
public static class ControllingLabels
{
    public static string Of(CasePhase phase) => phase switch
    {
        CasePhase.Zugangssteuerung => "Zugangssteuerung",
        CasePhase.Erstberatung => "Erstberatung",
        CasePhase.Verweisberatung => "Verweisberatung",
        CasePhase.Assessment => "Assessment",
        CasePhase.Zielplanung => "Zielplanung",
        CasePhase.Zielvereinbarung => "Zielvereinbarung",
        CasePhase.Leistungssteuerung => "Leistungssteuerung",
        CasePhase.Monitoring => "Monitoring",
        CasePhase.ReAssessment => "Re-Assessment",
        CasePhase.Abgeschlossen => "Abgeschlossen",
        _ => phase.ToString(),
    };

    public static string Of(ClosingReason reason) => reason switch
    {
        ClosingReason.ZieleErreicht => "Ziele erreicht",
        ClosingReason.VerweisberatungAbgeschlossen => "Verweisberatung abgeschlossen",
        ClosingReason.UebergabeRegelsystem => "Übergabe an das Regelsystem",
        ClosingReason.Wegzug => "Wegzug",
        ClosingReason.MitwirkungBeendet => "Mitwirkung beendet",
        ClosingReason.KontaktAbgebrochen => "Kontakt abgebrochen",
        ClosingReason.Verstorben => "Verstorben",
        ClosingReason.Sonstiges => "Sonstiges",
        _ => reason.ToString(),
    };

    public static string Of(GoalAchievement achievement) => achievement switch
    {
        GoalAchievement.VollstaendigErreicht => "Vollständig erreicht",
        GoalAchievement.UeberwiegendErreicht => "Überwiegend erreicht",
        GoalAchievement.TeilweiseErreicht => "Teilweise erreicht",
        GoalAchievement.NichtErreicht => "Nicht erreicht",
        GoalAchievement.NichtBewertbar => "Nicht bewertbar",
        _ => achievement.ToString(),
    };

    public static string Of(ConferenceKind kind) => kind switch
    {
        ConferenceKind.Individuell => "Individuelle Fallkonferenz",
        ConferenceKind.StrukturellAnonymisiert => "Strukturelle (anonymisierte) Fallkonferenz",
        _ => kind.ToString(),
    };

    public static string Of(ConsultationOutcome outcome) => outcome switch
    {
        ConsultationOutcome.Positiv => "Positiv",
        ConsultationOutcome.Negativ => "Negativ",
        ConsultationOutcome.UnterlagenFehlen => "Unterlagen fehlen",
        _ => outcome.ToString(),
    };

    public static string Of(Authority authority) => authority switch
    {
        Authority.Auslaenderbehoerde => "Ausländerbehörde",
        Authority.Einbuergerungsbehoerde => "Einbürgerungsbehörde",
        _ => authority.ToString(),
    };

    public static string Of(Rechtskreis domain) => domain switch
    {
        Rechtskreis.SgbII => "SGB II (Jobcenter)",
        Rechtskreis.SgbIII => "SGB III (Agentur für Arbeit)",
        Rechtskreis.SgbVIII => "SGB VIII (Jugendamt)",
        Rechtskreis.SgbXII => "SGB XII (Sozialamt)",
        Rechtskreis.AsylbLG => "AsylbLG",
        Rechtskreis.Keiner => "Ohne Angabe",
        _ => domain.ToString(),
    };
}
