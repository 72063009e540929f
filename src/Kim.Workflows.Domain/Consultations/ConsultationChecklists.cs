namespace Kim.Workflows.Domain.Consultations;

/// <summary>
/// The pre-check criteria per topic, as checklists, not decisions. They restate the law as
/// summarised in DOMAIN.md; the authority decides. § 10 StAG follows the version in force since
/// 27 June 2024 without the 3-year fast track abolished in October 2025.
/// </summary>
public static class ConsultationChecklists
{
    public static IReadOnlyList<ChecklistCriterion> For(ConsultationTopic topic) => topic switch
    {
        ConsultationTopic.Bleiberecht25a =>
        [
            new("alter14bis27", "Ist die Person bei Antragstellung zwischen 14 und 27 Jahre alt?"),
            new("duldung12Monate", "Besitzt sie einen Titel nach § 104c oder ist sie seit mindestens 12 Monaten geduldet (nicht § 60b)?"),
            new("aufenthalt3Jahre", "Hält sie sich seit 3 Jahren ununterbrochen geduldet, gestattet oder erlaubt im Bundesgebiet auf?"),
            new("schule3Jahre", "Hat sie 3 Jahre erfolgreich eine Schule besucht oder einen anerkannten Abschluss erworben?"),
            new("integrationsprognose", "Ist eine positive Integrationsprognose gegeben?"),
            new("keineFdgoBedenken", "Liegen keine Anhaltspunkte gegen ein Bekenntnis zur freiheitlichen demokratischen Grundordnung vor?"),
            new("passVorhanden", "Liegt ein Pass vor oder ist er zumutbar zu beschaffen?"),
            new("keineEigeneTaeuschung", "Beruht die Abschiebungsaussetzung nicht auf eigenen falschen Angaben oder Täuschung?"),
        ],
        ConsultationTopic.Bleiberecht25b =>
        [
            new("duldungOder104c", "Ist die Person geduldet oder besitzt sie einen Titel nach § 104c?"),
            new("aufenthalt6Jahre", "Hält sie sich seit 6 Jahren (mit minderjährigem Kind: 4 Jahren) im Bundesgebiet auf (Unterbrechungen höchstens 3 Monate)?"),
            new("fdgoUndGrundkenntnisse", "Bekennt sie sich zur fdGO und hat Grundkenntnisse der Rechts- und Gesellschaftsordnung?"),
            new("lebensunterhalt51", "Sichert sie den Lebensunterhalt überwiegend (mindestens 51 %) durch Erwerbstätigkeit oder ist das zu erwarten?"),
            new("deutschA2", "Hat sie mündliche Deutschkenntnisse auf Niveau A2?"),
            new("kinderSchulbesuch", "Besuchen schulpflichtige Kinder tatsächlich die Schule?"),
            new("keineIdentitaetstaeuschung", "Liegt keine Täuschung über die Identität und kein schwerwiegendes Ausweisungsinteresse vor?"),
            new("beschaeftigungsduldung30Monate", "Nur Abs. 6: Besteht seit 30 Monaten eine Beschäftigungsduldung?"),
        ],
        ConsultationTopic.Einbuergerung10StAG =>
        [
            new("aufenthalt5Jahre", "Hat die Person seit 5 Jahren rechtmäßig ihren gewöhnlichen Aufenthalt im Inland mit einem passenden Aufenthaltsrecht?"),
            new("identitaetGeklaert", "Sind Identität und Staatsangehörigkeit geklärt?"),
            new("deutschB1", "Liegen Deutschkenntnisse auf Niveau B1 vor?"),
            new("einbuergerungstest", "Ist der Einbürgerungstest bestanden?"),
            new("fdgoBekenntnis", "Wird das Bekenntnis zur freiheitlichen demokratischen Grundordnung abgegeben?"),
            new("lebensunterhaltOhneSgb", "Wird der Lebensunterhalt ohne Leistungen nach SGB II/XII gesichert (Ausnahme: 20 der letzten 24 Monate Vollzeit erwerbstätig)?"),
            new("keineRelevantenVerurteilungen", "Liegen keine relevanten Verurteilungen vor (antisemitische oder rassistische Motive schließen aus)?"),
        ],
        _ => [],
    };

    public static Authority AuthorityFor(ConsultationTopic topic) =>
        topic == ConsultationTopic.Einbuergerung10StAG ? Authority.Einbuergerungsbehoerde : Authority.Auslaenderbehoerde;
}
