using Kim.Workflows.Engine.Forms;
using Kim.Workflows.Engine.Tests.Feel;
using static Kim.Workflows.Engine.Tests.Forms.FormSubmissionFieldTests;

namespace Kim.Workflows.Engine.Tests.Forms;

/// <summary>
/// Submissions of a form with real FEEL (Forms/Feel/hilfeplan.form) through <see cref="FeelFormExpressionEvaluator"/>
/// over the engine's FEEL: hidden fields, computed fields, read-only by expression, FEEL limits and choices.
/// </summary>
public class FeelFormSubmissionTests
{
    private static readonly FeelFormExpressionEvaluator Feel = new(FeelTestEngine.Create());

    internal static FormDefinition Hilfeplan()
    {
        var result = FormSchemaParser.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Forms", "Feel", "hilfeplan.form")), "hilfeplan.form");
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Problems.Select(p => p.Message)));
        return result.Form!;
    }

    private static FormValidationResult Submit(string submitted, string current = "{}") =>
        FormSubmissionFieldTests.Submit(Hilfeplan(), submitted, current, Feel);

    [Fact]
    public void A_field_hidden_by_feel_is_neither_validated_nor_written()
    {
        var result = Submit("""{ "hatKinder": false, "anzahlKinder": -3, "einkommen": 1000 }""", """{ "anzahlKinder": 2 }""");

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.False(result.Values.ContainsKey("anzahlKinder"));
    }

    [Fact]
    public void A_field_shown_by_feel_is_validated_and_written()
    {
        var invalid = Submit("""{ "hatKinder": true, "anzahlKinder": 0, "einkommen": 1000 }""");
        var valid = Submit("""{ "hatKinder": true, "anzahlKinder": 2, "einkommen": 1000 }""");

        Assert.Contains("Anzahl der Kinder", invalid.Errors["anzahlKinder"]);
        Assert.True(valid.IsValid, string.Join("; ", valid.Errors));
        Assert.Equal(2L, valid.Values["anzahlKinder"]);
    }

    [Fact]
    public void An_expression_field_is_recomputed_and_the_submitted_value_ignored()
    {
        var result = Submit("""{ "einkommen": 1200, "miete": 450.5, "restbetrag": 999999 }""");

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal(749.5, result.Values["restbetrag"]);
    }

    [Fact]
    public void A_field_readonly_by_feel_keeps_the_server_value()
    {
        var closed = Submit("""{ "einkommen": 1, "begruendung": "neu" }""", """{ "status": "abgeschlossen", "begruendung": "alt" }""");
        var open = Submit("""{ "einkommen": 1, "begruendung": "neu" }""", """{ "status": "offen", "begruendung": "alt" }""");

        Assert.True(closed.IsValid, string.Join("; ", closed.Errors));
        Assert.False(closed.Values.ContainsKey("begruendung"));
        Assert.Equal("neu", open.Values["begruendung"]);
    }

    [Fact]
    public void Feel_limits_in_validate_are_evaluated_on_the_submitted_data()
    {
        var tooHigh = Submit("""{ "einkommen": 800, "miete": 900 }""");
        var longText = new string('x', 60);
        var tooLong = Submit($$"""{ "einkommen": 800, "miete": 100, "begruendung": "{{longText}}" }""");
        var allowedLong = Submit($$"""{ "einkommen": 800, "miete": 500, "begruendung": "{{longText}}" }""");

        Assert.Contains("Miete", tooHigh.Errors["miete"]);
        Assert.Contains("Begründung", tooLong.Errors["begruendung"]);
        Assert.True(allowedLong.IsValid, string.Join("; ", allowedLong.Errors));
    }

    [Fact]
    public void Choices_from_a_values_expression_depend_on_the_data()
    {
        var single = Submit("""{ "einkommen": 1, "stufe": "familie" }""");
        var family = Submit("""{ "hatKinder": true, "anzahlKinder": 1, "einkommen": 1, "stufe": "familie" }""");

        Assert.Contains("Stufe", single.Errors["stufe"]);
        Assert.True(family.IsValid, string.Join("; ", family.Errors));
        Assert.Equal("familie", family.Values["stufe"]);
    }

    [Fact]
    public void List_items_see_this_and_hide_per_item()
    {
        var result = Submit("""
            { "einkommen": 1, "massnahmen": [
                { "was": "Kita-Platz", "dringend": true },
                { "was": "Sprachkurs", "frist": "kein Datum" } ] }
            """);

        Assert.Equal(["massnahmen[0].frist"], result.Errors.Keys);
    }

    [Fact]
    public void A_feel_error_is_a_german_message_on_the_field()
    {
        var form = FormJson.Parse("""{ "type": "textfield", "key": "a", "label": "Feld A", "conditional": { "hide": "=a = \"x\" and count([1, 2, 3]) > 1" } }""");

        var result = FormSubmissionFieldTests.Submit(form, """{ "a": "x" }""", feel: new FeelFormExpressionEvaluator(FeelTestEngine.Create(new Kim.Workflows.Engine.Feel.FeelLimits(MaxSteps: 2))));

        Assert.StartsWith("„Feld A“: der FEEL-Ausdruck", result.Errors["a"]);
    }
}
