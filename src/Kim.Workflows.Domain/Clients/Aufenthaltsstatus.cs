namespace Kim.Workflows.Domain.Clients;

/// <summary>Residence status as the ABH records it; decides which consultations make sense (§25a/§25b, §10 StAG).</summary>
public enum Aufenthaltsstatus
{
    Unbekannt,
    Aufenthaltsgestattung,
    Duldung,
    Beschaeftigungsduldung,
    ChancenAufenthaltsrecht104c,
    Aufenthaltserlaubnis,
    Niederlassungserlaubnis,
    DaueraufenthaltEU,
    EuFreizuegigkeit,
    DeutscheStaatsangehoerigkeit,
    Sonstiges,
}
