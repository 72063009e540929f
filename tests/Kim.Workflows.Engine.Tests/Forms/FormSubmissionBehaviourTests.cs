using Kim.Workflows.Engine.Forms;
using static Kim.Workflows.Engine.Tests.Forms.FormSubmissionFieldTests;

namespace Kim.Workflows.Engine.Tests.Forms;

/// <summary>
/// What a submission may change: only the form's keys, never hidden, read-only or computed values;
/// dynamic lists item by item.
/// </summary>
public class FormSubmissionBehaviourTests
{
    private static FeelDouble Feel() => new FeelDouble()
        .With("entscheidung != \"abgelehnt\"", c => !Equals(c.GetValueOrDefault("entscheidung"), "abgelehnt"))
        .With("gesperrt", c => c.GetValueOrDefault("gesperrt"))
        .With("anzahl * preis", c => c.GetValueOrDefault("anzahl") is long a && c.GetValueOrDefault("preis") is long p ? a * p : null)
        .With("this.erledigt", c => ((IReadOnlyDictionary<string, object?>)c["this"]!).GetValueOrDefault("erledigt"))
        .With("ohneAdresse", c => c.GetValueOrDefault("ohneAdresse"));

    [Fact]
    public void Only_the_forms_keys_become_variables()
    {
        var form = FormJson.Parse(
            """{ "type": "textfield", "key": "name" }""",
            """{ "type": "group", "path": "adresse", "components": [ { "type": "textfield", "key": "ort" } ] }""");

        var result = Submit(form, """
            { "name": "A", "status": "abgeschlossen", "__proto__": { "admin": true }, "constructor": 1,
              "adresse": { "ort": "Ahlen", "geheim": "x" }, "name.x": "y" }
            """, """{ "status": "offen", "adresse": { "ort": "Beckum", "plz": "59227" } }""");

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal(["adresse", "name"], result.Values.Keys.Order(StringComparer.Ordinal));
        var adresse = Assert.IsType<Dictionary<string, object?>>(result.Values["adresse"]);
        Assert.Equal("Ahlen", adresse["ort"]);
        Assert.Equal("59227", adresse["plz"]); // the earlier value beside the field stays
        Assert.False(adresse.ContainsKey("geheim"));
    }

    [Fact]
    public void Submitting_never_changes_the_callers_variables()
    {
        var form = FormJson.Parse("""{ "type": "group", "path": "adresse", "components": [ { "type": "textfield", "key": "ort" } ] }""");
        var current = Map("""{ "adresse": { "ort": "Beckum" } }""");

        FormSubmissionValidator.Validate(form, Map("""{ "adresse": { "ort": "Ahlen" } }"""), current, UnavailableFormExpressionEvaluator.Instance);

        Assert.Equal("Beckum", ((Dictionary<string, object?>)current["adresse"]!)["ort"]);
    }

    [Fact]
    public void A_hidden_field_is_neither_validated_nor_written_and_its_earlier_value_stays()
    {
        var form = FormJson.Parse(
            """{ "type": "radio", "key": "entscheidung", "values": [ { "value": "genehmigt" }, { "value": "abgelehnt" } ] }""",
            """{ "type": "textarea", "key": "begruendung", "label": "Begründung", "validate": { "required": true }, "conditional": { "hide": "=entscheidung != \"abgelehnt\"" } }""");

        var hidden = Submit(form, """{ "entscheidung": "genehmigt", "begruendung": "neu" }""", """{ "begruendung": "alt" }""", Feel());
        Assert.True(hidden.IsValid, string.Join("; ", hidden.Errors));
        Assert.False(hidden.Values.ContainsKey("begruendung"));

        var shown = Submit(form, """{ "entscheidung": "abgelehnt" }""", """{ "begruendung": "alt" }""", Feel());
        Assert.Equal("„Begründung“ ist ein Pflichtfeld.", shown.Errors["begruendung"]);

        var written = Submit(form, """{ "entscheidung": "abgelehnt", "begruendung": "fehlende Unterlagen" }""", "{}", Feel());
        Assert.Equal("fehlende Unterlagen", written.Values["begruendung"]);
    }

    [Fact]
    public void Conditions_see_the_submitted_value_of_a_later_field()
    {
        var form = FormJson.Parse(
            """{ "type": "textarea", "key": "begruendung", "validate": { "required": true }, "conditional": { "hide": "=entscheidung != \"abgelehnt\"" } }""",
            """{ "type": "radio", "key": "entscheidung", "values": [ { "value": "genehmigt" }, { "value": "abgelehnt" } ] }""");

        var result = Submit(form, """{ "entscheidung": "abgelehnt" }""", """{ "entscheidung": "genehmigt" }""", Feel());

        Assert.True(result.Errors.ContainsKey("begruendung"));
    }

    [Fact]
    public void A_hidden_group_hides_its_children()
    {
        var form = FormJson.Parse(
            """{ "type": "checkbox", "key": "ohneAdresse" }""",
            """{ "type": "group", "path": "adresse", "conditional": { "hide": "=ohneAdresse" }, "components": [ { "type": "textfield", "key": "ort", "validate": { "required": true } } ] }""");

        var result = Submit(form, """{ "ohneAdresse": true, "adresse": { "ort": "" } }""", """{ "adresse": { "ort": "Beckum" } }""", Feel());

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal(["ohneAdresse"], result.Values.Keys);
    }

    [Fact]
    public void Expression_fields_are_computed_on_the_server_and_a_submitted_value_is_ignored()
    {
        var form = FormJson.Parse(
            """{ "type": "number", "key": "anzahl" }""",
            """{ "type": "number", "key": "preis" }""",
            """{ "type": "expression", "key": "summe", "expression": "=anzahl * preis" }""");

        var result = Submit(form, """{ "anzahl": 3, "preis": 40, "summe": 1 }""", feel: Feel());

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal(120L, result.Values["summe"]);
    }

    [Fact]
    public void Readonly_and_disabled_fields_keep_the_server_value()
    {
        var form = FormJson.Parse(
            """{ "type": "textfield", "key": "aktenzeichen", "readonly": true, "validate": { "required": true } }""",
            """{ "type": "textfield", "key": "bearbeiter", "disabled": true }""",
            """{ "type": "checkbox", "key": "gesperrt", "readonly": true }""",
            """{ "type": "number", "key": "betrag", "readonly": "=gesperrt" }""");

        var locked = Submit(form, """{ "aktenzeichen": "gefälscht", "bearbeiter": "mallory", "gesperrt": false, "betrag": 999 }""",
            """{ "aktenzeichen": "KIM-1", "bearbeiter": "b", "gesperrt": true, "betrag": 10 }""", Feel());
        Assert.True(locked.IsValid, string.Join("; ", locked.Errors));
        Assert.Empty(locked.Values);

        var open = Submit(form, """{ "betrag": 20 }""", """{ "aktenzeichen": "KIM-1", "gesperrt": false, "betrag": 10 }""", Feel());
        Assert.Equal(20L, Assert.Single(open.Values).Value);
    }

    [Fact]
    public void A_dynamic_list_validates_each_item_and_keeps_only_its_fields()
    {
        var form = FormJson.Parse("""
            { "type": "dynamiclist", "path": "massnahmen", "label": "Maßnahmen", "properties": { "minItems": "1", "maxItems": "3" }, "components": [
              { "type": "textfield", "key": "was", "label": "Was", "validate": { "required": true } },
              { "type": "textfield", "key": "wer", "label": "Wer" },
              { "type": "datetime", "key": "frist", "label": "Frist" } ] }
            """);

        var result = Submit(form, """
            { "massnahmen": [
              { "was": "Wohnung suchen", "wer": "Klient", "frist": "2027-01-15", "rolle": "admin" },
              { "was": "", "wer": "KIM" },
              { "was": "Termin", "frist": "15.01.2027" } ] }
            """);

        Assert.Equal("„Was“ ist ein Pflichtfeld.", result.Errors["massnahmen[1].was"]);
        Assert.Equal("„Frist“ muss ein Datum (JJJJ-MM-TT) sein.", result.Errors["massnahmen[2].frist"]);
        Assert.Equal(2, result.Errors.Count);

        var valid = Submit(form, """{ "massnahmen": [ { "was": "Wohnung suchen", "wer": "Klient", "frist": "2027-01-15", "rolle": "admin" } ], "rolle": "admin" }""");
        Assert.True(valid.IsValid, string.Join("; ", valid.Errors));
        var item = Assert.IsType<Dictionary<string, object?>>(Assert.Single(Assert.IsType<List<object?>>(valid.Values["massnahmen"])));
        Assert.Equal(["frist", "was", "wer"], item.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["massnahmen"], valid.Values.Keys);
    }

    [Theory]
    [InlineData("""{ "massnahmen": [] }""", "„Maßnahmen“ braucht mindestens 1 Eintrag.")]
    [InlineData("""{}""", "„Maßnahmen“ braucht mindestens 1 Eintrag.")]
    [InlineData("""{ "massnahmen": [ {}, {}, {} ] }""", "„Maßnahmen“ darf höchstens 2 Einträge haben.")]
    [InlineData("""{ "massnahmen": "alles" }""", "„Maßnahmen“ muss eine Liste von Einträgen sein.")]
    public void A_dynamic_list_has_min_and_max_items(string submitted, string expected)
    {
        var form = FormJson.Parse("""{ "type": "dynamiclist", "path": "massnahmen", "label": "Maßnahmen", "properties": { "minItems": "1", "maxItems": "2" }, "components": [ { "type": "textfield", "key": "was" } ] }""");

        Assert.Equal(expected, Submit(form, submitted).Errors["massnahmen"]);
    }

    [Fact]
    public void An_item_that_is_not_an_object_is_rejected()
    {
        var form = FormJson.Parse("""{ "type": "dynamiclist", "path": "m", "label": "M", "components": [ { "type": "textfield", "key": "was" } ] }""");

        Assert.Equal("„M“: Eintrag 2 ist kein Objekt.", Submit(form, """{ "m": [ { "was": "a" }, "b" ] }""").Errors["m[1]"]);
    }

    [Fact]
    public void Conditions_inside_a_list_item_see_the_item_as_this_with_its_index()
    {
        var form = FormJson.Parse("""
            { "type": "dynamiclist", "path": "schritte", "components": [
              { "type": "checkbox", "key": "erledigt" },
              { "type": "textfield", "key": "grund", "label": "Grund", "validate": { "required": true }, "conditional": { "hide": "=this.erledigt" } } ] }
            """);
        var feel = Feel();

        var result = Submit(form, """{ "schritte": [ { "erledigt": true }, { "erledigt": false } ] }""", """{ "schritte": [ { "erledigt": true, "grund": "alt" } ] }""", feel);

        Assert.Equal(["schritte[1].grund"], result.Errors.Keys);
        var contexts = feel.Calls.Where(c => c.Expression == "this.erledigt").Select(c => c.Context).ToList();
        Assert.Equal(new List<object?> { 1L }, contexts[0]["i"]);
        Assert.Equal(new List<object?> { 2L }, contexts[1]["i"]);
        Assert.NotNull(contexts[0]["parent"]);
        Assert.True(contexts[0].ContainsKey("schritte")); // the form's data stays visible at the top level, as in form-js

        var fixedResult = Submit(form, """{ "schritte": [ { "erledigt": true }, { "erledigt": false, "grund": "krank" } ] }""", """{ "schritte": [ { "erledigt": true, "grund": "alt" } ] }""", Feel());
        var items = Assert.IsType<List<object?>>(fixedResult.Values["schritte"]);
        Assert.Equal("alt", ((Dictionary<string, object?>)items[0]!)["grund"]); // hidden in item 1: the earlier value stays
        Assert.Equal("krank", ((Dictionary<string, object?>)items[1]!)["grund"]);
    }

    [Fact]
    public void An_injected_expression_or_readonly_value_in_a_list_item_is_ignored()
    {
        var form = FormJson.Parse("""
            { "type": "dynamiclist", "path": "posten", "components": [
              { "type": "number", "key": "anzahl" }, { "type": "number", "key": "preis" },
              { "type": "expression", "key": "summe", "expression": "=anzahl * preis" },
              { "type": "textfield", "key": "geprueft", "readonly": true } ] }
            """);
        var feel = new FeelDouble().With("anzahl * preis", c =>
        {
            var item = (IReadOnlyDictionary<string, object?>)c["this"]!;
            return item["anzahl"] is long a && item["preis"] is long p ? a * p : null;
        });

        var result = Submit(form, """{ "posten": [ { "anzahl": 2, "preis": 5, "summe": 1000, "geprueft": "ja" } ] }""", "{}", feel);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        var item = (Dictionary<string, object?>)((List<object?>)result.Values["posten"]!)[0]!;
        Assert.Equal(10L, item["summe"]);
        Assert.False(item.ContainsKey("geprueft"));
    }
}
