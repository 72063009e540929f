using Kim.Workflows.Engine.Forms;
using Kim.Workflows.Engine.Variables;

namespace Kim.Workflows.Engine.Tests.Forms;

/// <summary>Per-component rules of <see cref="FormSubmissionValidator"/>: types, required, limits, choices.</summary>
public class FormSubmissionFieldTests
{
    private static readonly DateOnly Today = new(2026, 12, 8);

    internal static FormValidationResult Submit(FormDefinition form, string submittedJson, string currentJson = "{}", IFormExpressionEvaluator? feel = null) =>
        FormSubmissionValidator.Validate(form, Map(submittedJson), Map(currentJson), feel ?? UnavailableFormExpressionEvaluator.Instance, Today);

    internal static Dictionary<string, object?> Map(string json) => (Dictionary<string, object?>)VariableValues.Parse(json)!;

    private static string Error(FormValidationResult result, string path)
    {
        Assert.False(result.IsValid);
        Assert.True(result.Errors.ContainsKey(path), $"no error at '{path}': {string.Join("; ", result.Errors)}");
        return result.Errors[path];
    }

    [Fact]
    public void Converts_every_input_type_to_variable_values()
    {
        var form = FormJson.Parse(
            """{ "type": "textfield", "key": "name" }""",
            """{ "type": "textarea", "key": "notiz" }""",
            """{ "type": "number", "key": "anzahl" }""",
            """{ "type": "number", "key": "betrag", "decimalDigits": 2 }""",
            """{ "type": "number", "key": "genau", "serializeToString": true }""",
            """{ "type": "datetime", "key": "datum" }""",
            """{ "type": "datetime", "key": "zeit", "subtype": "time" }""",
            """{ "type": "datetime", "key": "termin", "subtype": "datetime" }""",
            """{ "type": "checkbox", "key": "ok" }""",
            """{ "type": "checklist", "key": "liste", "values": [ { "value": "a" }, { "value": "b" } ] }""",
            """{ "type": "radio", "key": "wahl", "values": [ { "value": "x" }, { "value": "y" } ] }""",
            """{ "type": "select", "key": "stufe", "values": [ { "label": "Eins", "value": 1 }, { "label": "Zwei", "value": 2 } ] }""",
            """{ "type": "taglist", "key": "tags", "values": [ { "value": "rot" }, { "value": "blau" } ] }""");

        var result = Submit(form, """
            { "name": "Ayşe Yılmaz", "notiz": "Zeile 1\nZeile 2", "anzahl": "3", "betrag": 12.5, "genau": 0.1, "datum": "2027-03-01",
              "zeit": "09:30", "termin": "2027-03-01T09:30+01:00", "ok": true, "liste": ["b", "a"], "wahl": "y", "stufe": 2, "tags": ["blau"] }
            """);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal("Ayşe Yılmaz", result.Values["name"]);
        Assert.Equal("Zeile 1\nZeile 2", result.Values["notiz"]);
        Assert.Equal(3L, result.Values["anzahl"]);
        Assert.Equal(12.5, result.Values["betrag"]);
        Assert.Equal("0.1", result.Values["genau"]);
        Assert.Equal("2027-03-01", result.Values["datum"]);
        Assert.Equal("09:30", result.Values["zeit"]);
        Assert.Equal("2027-03-01T09:30+01:00", result.Values["termin"]);
        Assert.Equal(true, result.Values["ok"]);
        Assert.Equal(new List<object?> { "b", "a" }, result.Values["liste"]);
        Assert.Equal("y", result.Values["wahl"]);
        Assert.Equal(2L, result.Values["stufe"]);
        Assert.Equal(new List<object?> { "blau" }, result.Values["tags"]);
    }

    [Theory]
    [InlineData("""{ "type": "textfield", "key": "f", "label": "Feld", "validate": { "required": true } }""", """{ "f": "" }""")]
    [InlineData("""{ "type": "textarea", "key": "f", "label": "Feld", "validate": { "required": true } }""", """{}""")]
    [InlineData("""{ "type": "number", "key": "f", "label": "Feld", "validate": { "required": true } }""", """{ "f": null }""")]
    [InlineData("""{ "type": "datetime", "key": "f", "label": "Feld", "validate": { "required": true } }""", """{ "f": "" }""")]
    [InlineData("""{ "type": "select", "key": "f", "label": "Feld", "values": [ { "value": "a" } ], "validate": { "required": true } }""", """{}""")]
    [InlineData("""{ "type": "radio", "key": "f", "label": "Feld", "values": [ { "value": "a" } ], "validate": { "required": true } }""", """{ "f": "" }""")]
    [InlineData("""{ "type": "checklist", "key": "f", "label": "Feld", "values": [ { "value": "a" } ], "validate": { "required": true } }""", """{ "f": [] }""")]
    [InlineData("""{ "type": "taglist", "key": "f", "label": "Feld", "values": [ { "value": "a" } ], "validate": { "required": true } }""", """{}""")]
    public void Required_fields_must_have_a_value(string component, string submitted)
    {
        Assert.Equal("„Feld“ ist ein Pflichtfeld.", Error(Submit(FormJson.Parse(component), submitted), "f"));
    }

    [Fact]
    public void A_required_checkbox_must_be_ticked_and_an_optional_one_defaults_to_false()
    {
        var form = FormJson.Parse(
            """{ "type": "checkbox", "key": "zustimmung", "label": "Zustimmung", "validate": { "required": true } }""",
            """{ "type": "checkbox", "key": "optional" }""");

        Assert.Equal("„Zustimmung“ muss angekreuzt werden.", Error(Submit(form, """{ "zustimmung": false }"""), "zustimmung"));
        var ok = Submit(form, """{ "zustimmung": true }""");
        Assert.True(ok.IsValid);
        Assert.Equal(false, ok.Values["optional"]);
    }

    [Theory]
    [InlineData("""{ "validate": { "minLength": 3 } }""", "\" ab  \"", "„T“ braucht mindestens 3 Zeichen.")]
    [InlineData("""{ "validate": { "maxLength": 3 } }""", "\"abcd\"", "„T“ darf höchstens 3 Zeichen haben.")]
    [InlineData("""{ "validate": { "pattern": "^[0-9]{5}$" } }""", "\"4823\"", "„T“ hat nicht das erwartete Format.")]
    [InlineData("""{ "validate": { "pattern": "^[0-9]{5}$", "patternErrorMessage": "Bitte eine fünfstellige PLZ." } }""", "\"4823\"", "Bitte eine fünfstellige PLZ.")]
    [InlineData("""{ "validate": { "validationType": "email" } }""", "\"kein-at.de\"", "„T“ muss eine gültige E-Mail-Adresse sein.")]
    [InlineData("""{ "validate": { "validationType": "phone" } }""", "\"02581 53-0\"", "„T“ muss eine internationale Telefonnummer sein (z. B. +492581530).")]
    [InlineData("""{}""", "42", "„T“ muss Text sein.")]
    [InlineData("""{}""", "[\"a\"]", "„T“ muss Text sein.")]
    public void Text_rules(string extra, string value, string expected)
    {
        var component = """{ "type": "textfield", "key": "t", "label": "T" """ + (extra == "{}" ? "" : "," + extra.Trim()[1..^1]) + "}";
        Assert.Equal(expected, Error(Submit(FormJson.Parse(component), $$"""{ "t": {{value}} }"""), "t"));
    }

    [Theory]
    [InlineData("\"48231\"", """{ "pattern": "^[0-9]{5}$" }""")]
    [InlineData("\"info@kreis-warendorf.de\"", """{ "validationType": "email" }""")]
    [InlineData("\"+492581530\"", """{ "validationType": "phone" }""")]
    [InlineData("\"  abc  \"", """{ "minLength": 3, "maxLength": 3 }""")]
    public void Text_rules_accept_valid_values(string value, string validate)
    {
        var form = FormJson.Parse($$"""{ "type": "textfield", "key": "t", "validate": {{validate}} }""");
        Assert.True(Submit(form, $$"""{ "t": {{value}} }""").IsValid);
    }

    [Theory]
    [InlineData("\"abc\"", "„N“ muss eine Zahl sein.")]
    [InlineData("true", "„N“ muss eine Zahl sein.")]
    [InlineData("-1", "„N“ muss mindestens 0 sein.")]
    [InlineData("1000.5", "„N“ darf höchstens 1000 sein.")]
    [InlineData("1.234", "„N“ darf höchstens 2 Nachkommastellen haben.")]
    [InlineData("0.25", "„N“ muss ein Vielfaches von 0.5 sein.")]
    public void Number_rules(string value, string expected)
    {
        var form = FormJson.Parse("""{ "type": "number", "key": "n", "label": "N", "decimalDigits": 2, "increment": 0.5, "validate": { "min": 0, "max": 1000 } }""");
        Assert.Equal(expected, Error(Submit(form, $$"""{ "n": {{value}} }"""), "n"));
    }

    [Fact]
    public void Integers_only_when_no_decimal_digits_are_allowed()
    {
        var form = FormJson.Parse("""{ "type": "number", "key": "n", "label": "N", "decimalDigits": 0 }""");
        Assert.Equal("„N“ muss eine ganze Zahl sein.", Error(Submit(form, """{ "n": 2.5 }"""), "n"));
        Assert.Equal(2L, Submit(form, """{ "n": 2.0 }""").Values["n"]);
    }

    [Theory]
    [InlineData("date", "\"31.12.2026\"", "„D“ muss ein Datum (JJJJ-MM-TT) sein.")]
    [InlineData("date", "\"2027-02-30\"", "„D“ muss ein Datum (JJJJ-MM-TT) sein.")]
    [InlineData("date", "20270101", "„D“ muss ein Datum (JJJJ-MM-TT) sein.")]
    [InlineData("time", "\"25:00\"", "„D“ muss eine Uhrzeit (HH:MM) sein.")]
    [InlineData("datetime", "\"2027-01-01\"", "„D“ muss Datum und Uhrzeit (JJJJ-MM-TTTHH:MM) sein.")]
    [InlineData("date", "\"2026-12-07\"", "„D“ darf nicht in der Vergangenheit liegen.")]
    [InlineData("datetime", "\"2026-12-07T23:59\"", "„D“ darf nicht in der Vergangenheit liegen.")]
    public void Date_rules(string subtype, string value, string expected)
    {
        var form = FormJson.Parse($$"""{ "type": "datetime", "key": "d", "dateLabel": "D", "label": "D", "subtype": "{{subtype}}", "disallowPassedDates": true }""");
        Assert.Equal(expected, Error(Submit(form, $$"""{ "d": {{value}} }"""), "d"));
    }

    [Fact]
    public void Today_is_not_a_passed_date()
    {
        var form = FormJson.Parse("""{ "type": "datetime", "key": "d", "disallowPassedDates": true }""");
        Assert.True(Submit(form, """{ "d": "2026-12-08" }""").IsValid);
    }

    [Theory]
    [InlineData("select", "\"c\"", "„W“: „c“ ist keine erlaubte Auswahl.")]
    [InlineData("radio", "[\"a\"]", "„W“: „eine Liste“ ist keine erlaubte Auswahl.")]
    [InlineData("checklist", "[\"a\", \"c\"]", "„W“: „c“ ist keine erlaubte Auswahl.")]
    [InlineData("checklist", "[\"a\", \"a\"]", "„W“: „a“ ist doppelt ausgewählt.")]
    [InlineData("taglist", "\"a\"", "„W“ muss eine Liste von Auswahlwerten sein.")]
    public void Choices_must_be_allowed_values(string type, string value, string expected)
    {
        var form = FormJson.Parse($$"""{ "type": "{{type}}", "key": "w", "label": "W", "values": [ { "value": "a" }, { "value": "b" } ] }""");
        Assert.Equal(expected, Error(Submit(form, $$"""{ "w": {{value}} }"""), "w"));
    }

    [Fact]
    public void ValuesKey_choices_come_from_the_process_variables_never_from_the_submission()
    {
        var form = FormJson.Parse("""{ "type": "select", "key": "berater", "label": "Berater:in", "valuesKey": "beraterListe" }""");
        const string current = """{ "beraterListe": [ { "label": "Frau A", "value": "a" }, "b" ] }""";

        Assert.True(Submit(form, """{ "berater": "b" }""", current).IsValid);
        var injected = Submit(form, """{ "berater": "mallory", "beraterListe": [ { "value": "mallory" } ] }""", current);
        Assert.Equal("„Berater:in“: „mallory“ ist keine erlaubte Auswahl.", Error(injected, "berater"));
        Assert.False(injected.Values.ContainsKey("beraterListe"));
    }

    [Fact]
    public void ValuesExpression_choices_are_evaluated_with_FEEL()
    {
        var form = FormJson.Parse("""{ "type": "taglist", "key": "themen", "label": "Themen", "valuesExpression": "=themenListe" }""");
        var feel = new FeelDouble().With("themenListe", _ => new List<object?> { "wohnen", new Dictionary<string, object?> { ["label"] = "Arbeit", ["value"] = "arbeit" } });

        Assert.True(Submit(form, """{ "themen": ["arbeit", "wohnen"] }""", feel: feel).IsValid);
        Assert.Equal("„Themen“: „schule“ ist keine erlaubte Auswahl.", Error(Submit(form, """{ "themen": ["schule"] }""", feel: feel), "themen"));
    }

    [Fact]
    public void Validate_limits_may_be_FEEL()
    {
        var form = FormJson.Parse("""{ "type": "number", "key": "stunden", "label": "Stunden", "validate": { "max": "=kontingent" } }""");
        var feel = new FeelDouble().With("kontingent", c => c["kontingent"]);

        Assert.True(Submit(form, """{ "stunden": 10 }""", """{ "kontingent": 12 }""", feel).IsValid);
        Assert.Equal("„Stunden“ darf höchstens 12 sein.", Error(Submit(form, """{ "stunden": 13 }""", """{ "kontingent": 12 }""", feel), "stunden"));
    }

    [Fact]
    public void A_FEEL_expression_that_cannot_be_evaluated_is_an_error_on_its_field_not_a_crash()
    {
        var form = FormJson.Parse("""{ "type": "textfield", "key": "a", "label": "A", "conditional": { "hide": "=b = 1" } }""");

        var message = Error(Submit(form, """{ "a": "x" }"""), "a");

        Assert.StartsWith("„A“: FEEL-Ausdrücke können hier nicht ausgewertet werden", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pattern_that_backtracks_forever_is_cut_off_and_rejects_the_value()
    {
        var form = FormJson.Parse("""{ "type": "textfield", "key": "t", "label": "T", "validate": { "pattern": "^(a+)+$" } }""");

        var result = Submit(form, """{ "t": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!" }""");

        Assert.Equal("„T“ hat nicht das erwartete Format.", Error(result, "t"));
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("\"1e400\"")]
    [InlineData("{ \"wert\": 1 }")]
    public void Numbers_out_of_range_or_of_the_wrong_shape_are_rejected(string value)
    {
        var form = FormJson.Parse("""{ "type": "number", "key": "n", "label": "N" }""");
        Assert.Equal("„N“ muss eine Zahl sein.", Error(Submit(form, $$"""{ "n": {{value}} }"""), "n"));
    }
}
