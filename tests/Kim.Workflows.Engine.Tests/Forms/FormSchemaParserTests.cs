using Kim.Workflows.Engine.Forms;

namespace Kim.Workflows.Engine.Tests.Forms;

public class FormSchemaParserTests
{
    private static FormParseResult Parse(params string[] components) => FormSchemaParser.Parse(FormJson.Of(components), "test.form");

    private static string SingleError(FormParseResult result)
    {
        Assert.False(result.IsValid);
        Assert.Null(result.Form);
        return Assert.Single(result.Problems).Message;
    }

    [Fact]
    public void Reads_the_form_the_Camunda_Modeler_wrote()
    {
        var result = FormSchemaParser.Parse(File.ReadAllBytes(FormJson.ModelerFile("antrag-pruefen.form")), "antrag-pruefen.form");

        Assert.True(result.IsValid, string.Join("; ", result.Problems.Select(p => p.Message)));
        var form = result.Form!;
        Assert.Equal("antrag-pruefen", form.Id);
        Assert.Equal(19, form.SchemaVersion);
        Assert.Equal(["text", "textfield", "datetime", "number", "checklist", "radio", "textarea", "dynamiclist", "textfield", "datetime"], form.AllComponents.Select(c => c.Type));
        var list = form.Components.Single(c => c.Type == "dynamiclist");
        Assert.Equal("auflagen", list.Path);
        Assert.Equal(10, list.MaxItems);
        Assert.Equal(["personalausweis", "einkommensnachweis", "mietvertrag"], form.Components.Single(c => c.Key == "unterlagen").Values.Select(v => v.Value));
    }

    [Theory]
    [InlineData("""{ "type": "textfield", "key": "a", "validate": { "required": true, "minLength": 2, "maxLength": "=grenze", "pattern": "^[A-Z]", "validationType": "email" } }""")]
    [InlineData("""{ "type": "textarea", "key": "a" }""")]
    [InlineData("""{ "type": "number", "key": "a", "decimalDigits": 0, "increment": "5", "serializeToString": true, "validate": { "min": 1, "max": "=obergrenze" } }""")]
    [InlineData("""{ "type": "datetime", "key": "a", "subtype": "datetime", "disallowPassedDates": true }""")]
    [InlineData("""{ "type": "checkbox", "key": "a" }""")]
    [InlineData("""{ "type": "checklist", "key": "a", "values": [ { "label": "X", "value": "x" } ] }""")]
    [InlineData("""{ "type": "radio", "key": "a", "valuesKey": "optionen" }""")]
    [InlineData("""{ "type": "select", "key": "a", "valuesExpression": "=liste", "searchable": true }""")]
    [InlineData("""{ "type": "taglist", "key": "a", "values": [ { "label": "Eins", "value": 1 } ] }""")]
    [InlineData("""{ "type": "text", "text": "# Überschrift {{name}}" }""")]
    [InlineData("""{ "type": "group", "path": "adresse", "components": [ { "type": "textfield", "key": "strasse" } ] }""")]
    [InlineData("""{ "type": "dyniclist-placeholder" }""")]
    [InlineData("""{ "type": "separator" }""")]
    [InlineData("""{ "type": "spacer", "height": 40 }""")]
    [InlineData("""{ "type": "expression", "key": "summe", "expression": "=a + b", "computeOn": "change" }""")]
    public void Accepts_every_supported_component(string component)
    {
        if (component.Contains("dyniclist-placeholder", StringComparison.Ordinal))
        {
            component = """{ "type": "dynamiclist", "path": "liste", "isRepeating": true, "properties": { "minItems": "1", "maxItems": "3" }, "components": [ { "type": "textfield", "key": "x" } ] }""";
        }

        var result = Parse(component);

        Assert.True(result.IsValid, string.Join("; ", result.Problems.Select(p => p.Message)));
    }

    [Theory]
    [InlineData("filepicker")]
    [InlineData("iframe")]
    [InlineData("documentPreview")]
    [InlineData("html")]
    [InlineData("button")]
    [InlineData("image")]
    [InlineData("table")]
    [InlineData("zauberfeld")]
    public void Rejects_unsupported_components_naming_them(string type)
    {
        var message = SingleError(Parse($$"""{ "type": "{{type}}", "id": "Field_x", "key": "anhang", "label": "Nachweise" }"""));

        Assert.Contains("„Nachweise“", message, StringComparison.Ordinal);
        Assert.Contains($"„{type}“ wird nicht unterstützt", message, StringComparison.Ordinal);
        Assert.Contains("test.form", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rejected_component_inside_a_group_is_found()
    {
        var result = Parse("""{ "type": "group", "components": [ { "type": "iframe", "label": "Karte", "url": "https://example.org" } ] }""");

        Assert.Contains("„Karte“", SingleError(result), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "type": "textfield", "label": "Name" }""", "keinen Schlüssel")]
    [InlineData("""{ "type": "textfield", "key": "a b" }""", "Schlüssel „a b“ ist ungültig")]
    [InlineData("""{ "type": "textfield", "key": "a..b" }""", "ist ungültig")]
    [InlineData("""{ "type": "dynamiclist", "components": [] }""", "braucht einen Pfad")]
    [InlineData("""{ "type": "group", "path": "a-b", "components": [] }""", "Pfad „a-b“ ist ungültig")]
    [InlineData("""{ "type": "select", "key": "a" }""", "braucht Auswahlwerte")]
    [InlineData("""{ "type": "select", "key": "a", "valuesKey": "x", "values": [ { "value": "v" } ] }""", "nur aus einer Quelle")]
    [InlineData("""{ "type": "radio", "key": "a", "values": [ { "value": "v" }, { "value": "v" } ] }""", "mehrfach")]
    [InlineData("""{ "type": "radio", "key": "a", "values": [ { "label": "ohne Wert" } ] }""", "einfachen Wert")]
    [InlineData("""{ "type": "select", "key": "a", "valuesExpression": "liste" }""", "FEEL-Ausdruck")]
    [InlineData("""{ "type": "textfield", "key": "a", "conditional": { "hide": "b = 1" } }""", "conditional.hide")]
    [InlineData("""{ "type": "textfield", "key": "a", "readonly": "ja" }""", "„readonly“")]
    [InlineData("""{ "type": "textfield", "key": "a", "validate": { "pattern": "([a-z" } }""", "kein gültiger regulärer Ausdruck")]
    [InlineData("""{ "type": "number", "key": "a", "validate": { "min": "viel" } }""", "validate.min")]
    [InlineData("""{ "type": "datetime", "key": "a", "subtype": "week" }""", "week")]
    [InlineData("""{ "type": "expression", "key": "a", "expression": "1 + 1" }""", "FEEL-Ausdruck")]
    [InlineData("""{ "type": "dynamiclist", "path": "l", "properties": { "minItems": "3", "maxItems": "1" }, "components": [] }""", "minItems (3) ist größer als maxItems (1)")]
    [InlineData("""{ "type": "dynamiclist", "path": "l", "properties": { "maxItems": "viele" }, "components": [] }""", "maxItems")]
    [InlineData("""{ "type": "textfield", "key": "a", "properties": { "minItems": "1" } }""", "nur für dynamische Listen")]
    public void Reports_each_schema_rule_in_German(string component, string expected)
    {
        Assert.Contains(expected, SingleError(Parse(component)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "type": "textfield", "key": "name" }""", """{ "type": "textarea", "key": "name" }""", "denselben Schlüssel „name“")]
    [InlineData("""{ "type": "textfield", "key": "adresse" }""", """{ "type": "textfield", "key": "adresse.strasse" }""", "überlappende Schlüssel")]
    [InlineData("""{ "type": "textfield", "key": "adresse.strasse" }""", """{ "type": "group", "path": "adresse", "components": [ { "type": "textfield", "key": "strasse" } ] }""", "denselben Schlüssel „adresse.strasse“")]
    [InlineData("""{ "type": "textfield", "key": "liste" }""", """{ "type": "dynamiclist", "path": "liste", "components": [] }""", "denselben Schlüssel „liste“")]
    [InlineData("""{ "type": "expression", "key": "summe", "expression": "=1" }""", """{ "type": "number", "key": "summe" }""", "denselben Schlüssel „summe“")]
    public void Keys_are_unique_per_form(string first, string second, string expected)
    {
        Assert.Contains(expected, SingleError(Parse(first, second)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_inside_a_dynamic_list_is_its_own_scope()
    {
        var result = Parse(
            """{ "type": "textfield", "key": "was" }""",
            """{ "type": "dynamiclist", "path": "massnahmen", "components": [ { "type": "textfield", "key": "was" }, { "type": "textfield", "key": "wer" } ] }""");

        Assert.True(result.IsValid, string.Join("; ", result.Problems.Select(p => p.Message)));
    }

    [Fact]
    public void Duplicate_keys_inside_one_list_item_are_rejected()
    {
        var result = Parse("""{ "type": "dynamiclist", "path": "m", "components": [ { "type": "textfield", "key": "was" }, { "type": "textarea", "key": "was" } ] }""");

        Assert.Contains("denselben Schlüssel „was“", SingleError(result), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "type": "default", "schemaVersion": 20, "id": "f", "components": [] }""", "schemaVersion 20")]
    [InlineData("""{ "type": "default", "schemaVersion": 19, "components": [] }""", "keine id")]
    [InlineData("""{ "type": "other", "id": "f", "components": [] }""", "Typ „other“")]
    [InlineData("""{ "id": "f", "components": {} }""", "muss eine Liste sein")]
    [InlineData("""[1, 2]""", "JSON-Objekt")]
    [InlineData("""{ "id": "f", "components": [ """, "kein gültiges JSON")]
    public void Rejects_a_broken_form_file(string json, string expected)
    {
        var result = FormSchemaParser.Parse(json, "kaputt.form");

        Assert.Contains(expected, SingleError(result), StringComparison.Ordinal);
        Assert.Contains("kaputt.form", result.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_and_huge_forms_are_refused_without_a_crash()
    {
        var nested = """{ "type": "textfield", "key": "x" }""";
        for (var i = 0; i < FormSchemaParser.MaxNesting + 2; i++)
        {
            nested = $$"""{ "type": "group", "components": [ {{nested}} ] }""";
        }

        Assert.Contains(Parse(nested).Problems, p => p.Rule == "form-nesting");

        var many = Enumerable.Range(0, FormSchemaParser.MaxComponents + 1).Select(i => $$"""{ "type": "textfield", "key": "f{{i}}" }""").ToArray();
        Assert.Contains(Parse(many).Problems, p => p.Rule == "form-too-large");
    }
}
