namespace Kim.Workflows.Engine.Tests.Feel;

/// <summary>
/// Form-style FEEL (conditions, limits, computed fields, choices) with the contexts form-js would give it:
/// the cases of the forms' validator tests and what process owners typically write.
/// </summary>
internal static class FormFeelTable
{
    private const string Antrag = """
        { "hatKinder": true, "anzahlKinder": 2, "einkommen": 1200, "miete": 450.5, "status": "offen",
          "entscheidung": "abgelehnt", "name": "Müller", "email": "a@b.de", "stufe": "familie",
          "themen": ["wohnen", "arbeit"], "adresse": { "ort": "Ahlen", "plz": "59227" },
          "massnahmen": [ { "was": "Kita-Platz", "dringend": true, "frist": "2026-03-01", "kosten": 120 },
                          { "was": "Sprachkurs", "dringend": false, "frist": null, "kosten": 80.25 } ],
          "this": { "was": "Kita-Platz", "dringend": true, "frist": "2026-03-01" },
          "parent": { "status": "offen" }, "i": [1], "gesperrt": null, "leer": "", "nichts": null }
        """;

    public static readonly IReadOnlyList<(string Expression, string Context)> Cases =
    [
        // conditional.hide
        ("hatKinder != true", Antrag),
        ("not(hatKinder)", Antrag),
        ("hatKinder = false", Antrag),
        ("entscheidung != \"abgelehnt\"", Antrag),
        ("entscheidung = \"abgelehnt\" and anzahlKinder > 1", Antrag),
        ("gesperrt", Antrag),
        ("gesperrt = true", Antrag),
        ("gesperrt = null", Antrag),
        ("is defined(unbekannt)", Antrag),
        ("is defined(name)", Antrag),
        ("unbekannt = null", Antrag),
        ("leer = \"\"", Antrag),
        ("nichts != null or leer != \"\"", Antrag),
        ("this.dringend != true", Antrag),
        ("this.erledigt", Antrag),
        ("parent.status = \"offen\"", Antrag),
        ("i[1] > 1", Antrag),
        ("ohneAdresse", "{}"),
        ("hatKinder != true", "{}"),
        ("adresse.ort = \"Ahlen\"", Antrag),
        ("list contains(themen, \"wohnen\")", Antrag),
        ("some m in massnahmen satisfies m.dringend", Antrag),
        ("every m in massnahmen satisfies m.kosten > 50", Antrag),
        ("count(massnahmen) >= 2", Antrag),
        ("anzahlKinder in [1..3]", Antrag),
        ("stufe in (\"familie\", \"paar\")", Antrag),
        // validate min/max/minLength/maxLength, readonly/disabled
        ("einkommen", Antrag),
        ("einkommen * 0.5", Antrag),
        ("if miete > einkommen then 0 else einkommen - miete", Antrag),
        ("if restbetrag < 0 then 500 else 50", Antrag),
        ("if restbetrag < 0 then 500 else 50", "{ \"restbetrag\": -3 }"),
        ("if miete > einkommen * 0.5 then 500 else 50", Antrag),
        ("status = \"abgeschlossen\"", Antrag),
        ("status = \"abgeschlossen\"", "{}"),
        ("anzahlKinder * 2 + 1", Antrag),
        ("string length(name) + 3", Antrag),
        ("floor(miete)", Antrag),
        ("decimal(einkommen / 3, 2)", Antrag),
        // expression fields
        ("einkommen - miete", Antrag),
        ("anzahl * preis", "{ \"anzahl\": 3, \"preis\": 20 }"),
        ("anzahl * preis", "{ \"anzahl\": 3 }"),
        ("menge * einzelpreis", "{ \"menge\": 2.5, \"einzelpreis\": 19.99 }"),
        ("this.erledigt", "{ \"this\": { \"erledigt\": true } }"),
        ("kontingent", "{ \"kontingent\": 3 }"),
        ("themenListe", "{ \"themenListe\": [\"wohnen\", { \"label\": \"Arbeit\", \"value\": \"arbeit\" }] }"),
        ("0.1 + 0.2", "{}"),
        ("einkommen / 7", Antrag),
        ("sum(massnahmen.kosten)", Antrag),
        ("sum(for m in massnahmen return m.kosten)", Antrag),
        ("massnahmen[dringend = true].was", Antrag),
        ("massnahmen[1].was", Antrag),
        ("massnahmen[-1].was", Antrag),
        ("upper case(name)", Antrag),
        ("name + \", \" + adresse.ort", Antrag),
        ("substring(adresse.plz, 1, 2)", Antrag),
        ("contains(email, \"@\")", Antrag),
        ("starts with(adresse.plz, \"59\")", Antrag),
        ("string join(themen, \", \")", Antrag),
        ("{ ort: adresse.ort, kinder: anzahlKinder }", Antrag),
        ("[1, 2, 3][item > 1]", Antrag),
        ("\"Maßnahmen: \" + string(count(massnahmen))", Antrag),
        ("string(anzahlKinder)", Antrag),
        ("number(\"12.5\") + 1", Antrag),
        ("10 / 4", "{}"),
        ("7 modulo 3", "{}"),
        ("abs(-2.5)", "{}"),
        ("date(\"2026-03-01\") < date(\"2026-04-01\")", "{}"),
        ("date(this.frist) > date(\"2026-01-01\")", Antrag),
        ("string(date(this.frist) + duration(\"P14D\"))", Antrag),
        ("years and months duration(date(\"2020-01-15\"), date(\"2026-03-01\")).years", "{}"),
        // valuesExpression
        ("if hatKinder = true then [\"familie\", \"einzeln\"] else [\"einzeln\"]", Antrag),
        ("if hatKinder = true then [\"familie\", \"einzeln\"] else [\"einzeln\"]", "{}"),
        ("[{ label: \"Niedrig\", value: \"n\" }, { label: \"Hoch\", value: \"h\" }]", "{}"),
        ("for t in themen return { label: upper case(t), value: t }", Antrag),
        ("distinct values(themen)", Antrag),
        // syntax errors: both must refuse
        ("a >", "{}"),
        ("(1 + 2", "{}"),
        ("if a then 3", "{}"),
    ];
}
