namespace Kim.Workflows.Notifications.Tests.Templates;

/// <summary>
/// A complete sample model for every shipped notice, as a workflow would pass it. Keys are the
/// variables documented in templates/README.md; the test over all templates fails when a template
/// uses a variable that is not listed here (strict variables).
/// </summary>
internal static class SampleModels
{
    private static readonly DateTimeOffset Beginn = new(2026, 3, 3, 13, 30, 0, TimeSpan.Zero); // 14:30 in Berlin

    public static IReadOnlyDictionary<string, object?> For(string templateName) => templateName switch
    {
        "fallkonferenz-einladung" => Conference(new()
        {
            ["anlass"] = "Hilfeplanung Ausbildung und Wohnen",
            ["tagesordnung"] = new List<string> { "Stand der Sprachförderung", "Übergang Schule – Beruf", "Vereinbarung der nächsten Schritte" },
            ["antwortFrist"] = Beginn.AddDays(-7),
            ["zusageLink"] = "https://kim.example.invalid/antwort/zusage?t=abc&x=1",
            ["absageLink"] = "https://kim.example.invalid/antwort/absage?t=def",
        }),
        "fallkonferenz-terminaenderung" => Conference(new()
        {
            ["bisherigerBeginn"] = Beginn.AddDays(-2),
            ["aenderungsgrund"] = "Der Raum steht nicht zur Verfügung.",
            ["zusageLink"] = "https://kim.example.invalid/antwort/zusage?t=abc",
            ["absageLink"] = "https://kim.example.invalid/antwort/absage?t=def",
        }),
        "fallkonferenz-absage" => Conference(new()
        {
            ["absagegrund"] = "Die Klientin hat ihre Schweigepflichtentbindung widerrufen.",
        }),
        "fallkonferenz-erinnerung" => Conference(new()
        {
            ["absageLink"] = "https://kim.example.invalid/antwort/absage?t=def",
        }),
        "fallkonferenz-protokoll" => Conference(new()
        {
            ["teilnehmende"] = new List<string> { "Fallmanagement KIM", "Jobcenter Kreis Warendorf", "Jugendmigrationsdienst" },
            ["vereinbarungen"] = new List<object>
            {
                new Dictionary<string, object?> { ["massnahme"] = "Anmeldung zum Integrationskurs (B1)", ["verantwortlich"] = "Jobcenter", ["frist"] = Beginn.AddDays(14) },
                new Dictionary<string, object?> { ["massnahme"] = "Anerkennungsberatung vereinbaren", ["verantwortlich"] = "Fallmanagement KIM", ["frist"] = null },
            },
            ["naechsterTermin"] = Beginn.AddDays(42),
            ["protokollAngehaengt"] = true,
        }),
        "reassessment-erinnerung" => new Dictionary<string, object?>
        {
            ["empfaengerName"] = "Frau Yılmaz",
            ["fallnummer"] = "KIM-2026-0042",
            ["klientName"] = null,
            ["faelligAm"] = Beginn.AddDays(14),
            ["letztesAssessment"] = Beginn.AddMonths(-6),
            ["aufgabenLink"] = "https://kim.example.invalid/aufgaben/123",
        },
        "reassessment-eskalation" => new Dictionary<string, object?>
        {
            ["empfaengerName"] = null,
            ["fallnummer"] = "KIM-2026-0042",
            ["bezirk"] = "Ahlen",
            ["faelligAm"] = Beginn.AddDays(-10),
            ["ueberfaelligTage"] = 10,
            ["fallmanagerName"] = "Frau Yılmaz",
            ["aufgabenLink"] = "https://kim.example.invalid/aufgaben/123",
        },
        "behoerden-anfrage" => new Dictionary<string, object?>
        {
            ["empfaengerName"] = null,
            ["behoerde"] = "Ausländerbehörde",
            ["fallnummer"] = "KIM-2026-0042",
            ["anfrageThema"] = "Bleiberechtsperspektive nach § 25b AufenthG",
            ["frage"] = "Sind die Voraussetzungen aus Ihrer Sicht erfüllt?\nWelche Unterlagen fehlen noch?",
            ["klientName"] = null,
            ["klientGeburtsdatum"] = null,
            ["aktenzeichen"] = "ABH-4711",
            ["antwortFrist"] = Beginn.AddDays(21),
            ["antwortLink"] = "https://kim.example.invalid/konsultation/99",
            ["fallmanagerName"] = "Frau Yılmaz",
            ["fallmanagerEmail"] = "fallmanagement@kim.example.invalid",
            ["fallmanagerTelefon"] = "02382 00000",
        },
        "behoerden-antwort" => new Dictionary<string, object?>
        {
            ["empfaengerName"] = "Frau Yılmaz",
            ["behoerde"] = "Einbürgerungsbehörde",
            ["fallnummer"] = "KIM-2026-0042",
            ["anfrageThema"] = "Vorprüfung Einbürgerung nach § 10 StAG",
            ["ergebnis"] = "unterlagen-fehlen",
            ["begruendung"] = "Die Voraussetzungen können erst nach Vorlage der Nachweise geprüft werden.",
            ["fehlendeUnterlagen"] = new List<string> { "Sprachzertifikat B1", "Nachweis Einbürgerungstest" },
            ["bearbeitetVon"] = "Herr Özdemir",
            ["aufgabenLink"] = "https://kim.example.invalid/aufgaben/124",
        },
        "aufgabe-zugewiesen" => new Dictionary<string, object?>
        {
            ["empfaengerName"] = "Frau Yılmaz",
            ["aufgabe"] = "Zielvereinbarung abstimmen",
            ["prozess"] = "Fallmanagement",
            ["fallnummer"] = "KIM-2026-0042",
            ["faelligAm"] = Beginn.AddDays(5),
            ["zugewiesenVon"] = "Koordination Bezirk Ahlen",
            ["aufgabenLink"] = "https://kim.example.invalid/aufgaben/125",
        },
        "lenkungsgruppe-einladung" => Steering(new()
        {
            ["tagesordnung"] = Agenda(),
            ["hinweis"] = "Bitte bringen Sie Zahlen zu freien Sprachkursplätzen in Ihrer Kommune mit.",
            ["bisherigerBeginn"] = null,
            ["aenderungsgrund"] = null,
        }),
        "lenkungsgruppe-erinnerung" => Steering(new() { ["tagesordnung"] = Agenda() }),
        "lenkungsgruppe-absage" => Steering(new() { ["absagegrund"] = "Zu wenige Mitglieder können teilnehmen." }),
        "lenkungsgruppe-protokoll" => Steering(new()
        {
            ["teilnehmende"] = new List<string> { "Jobcenter Kreis Warendorf", "Ausländerbehörde Kreis Warendorf", "Stadt Ahlen" },
            ["beschluesse"] = new List<object>
            {
                new Dictionary<string, object?> { ["titel"] = "Fehlende Sprachkursplätze im Südkreis", ["beschluss"] = "VHS und Jobcenter prüfen zwei zusätzliche Kurse ab Herbst." },
                new Dictionary<string, object?> { ["titel"] = "Wartezeiten bei der Anerkennung", ["beschluss"] = null },
            },
            ["weitereBeschluesse"] = "Die Projektgruppe Nordkreis berichtet in der nächsten Sitzung.",
            ["naechsteSitzung"] = Beginn.AddDays(90),
        }),
        _ => throw new ArgumentException($"No sample model for '{templateName}'. Add one when you add a template.", nameof(templateName)),
    };

    private static List<object> Agenda() =>
    [
        new Dictionary<string, object?> { ["titel"] = "Fehlende Sprachkursplätze im Südkreis", ["projektgruppe"] = "Südkreis" },
        new Dictionary<string, object?> { ["titel"] = "Wartezeiten bei der Anerkennung", ["projektgruppe"] = null },
    ];

    /// <summary>Lenkungsgruppe notices: no case, no client; the members get organisation-level content only.</summary>
    private static Dictionary<string, object?> Steering(Dictionary<string, object?> specific)
    {
        var model = new Dictionary<string, object?>
        {
            ["empfaengerName"] = "Frau Dr. Schäfer",
            ["sitzungTitel"] = "Sitzung der Lenkungsgruppe KIM",
            ["beginn"] = Beginn,
            ["ende"] = Beginn.AddMinutes(120),
            ["ort"] = "Kreishaus Warendorf, Sitzungssaal",
            ["videoLink"] = "https://video.example.invalid/lenkungsgruppe",
            ["koordinationName"] = "Frau Koordinatorin",
            ["koordinationEmail"] = "koordination@kim.example.invalid",
        };
        foreach (var (key, value) in specific)
        {
            model[key] = value;
        }

        return model;
    }

    private static Dictionary<string, object?> Conference(Dictionary<string, object?> specific)
    {
        var model = new Dictionary<string, object?>
        {
            ["empfaengerName"] = "Frau Dr. Schäfer",
            ["fallnummer"] = "KIM-2026-0042",
            ["klientName"] = null,
            ["beginn"] = Beginn,
            ["ende"] = Beginn.AddMinutes(90),
            ["ort"] = "Kreishaus, Raum 2.14",
            ["videoLink"] = "https://video.example.invalid/fk-0042",
            ["fallmanagerName"] = "Frau Yılmaz",
            ["fallmanagerEmail"] = "fallmanagement@kim.example.invalid",
            ["fallmanagerTelefon"] = null,
        };
        foreach (var (key, value) in specific)
        {
            model[key] = value;
        }

        return model;
    }
}
