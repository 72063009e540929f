using Kim.Workflows.Engine.Forms;

namespace Kim.Workflows.Engine.Tests.Forms;

/// <summary>Every FEEL expression of a form is syntax-checked when the form is validated for deployment.</summary>
public class FormFeelSyntaxTests
{
    public static TheoryData<string, string> BrokenFeel => new()
    {
        { """{ "type": "textfield", "key": "feld", "conditional": { "hide": "=a >" } }""", "conditional.hide" },
        { """{ "type": "number", "key": "feld", "validate": { "min": "=(1 + 2" } }""", "validate.min" },
        { """{ "type": "textfield", "key": "feld", "validate": { "maxLength": "=if a then 3" } }""", "validate.maxLength" },
        { """{ "type": "textfield", "key": "feld", "readonly": "=status = \"offen" }""", "readonly" },
        { """{ "type": "textfield", "key": "feld", "disabled": "=[1, 2" }""", "disabled" },
        { """{ "type": "expression", "key": "feld", "expression": "=a +* b" }""", "expression" },
        { """{ "type": "select", "key": "feld", "valuesExpression": "={a: }" }""", "valuesExpression" },
        { """{ "type": "textfield", "key": "feld", "label": "=\"Name\" +" }""", "label" },
        { """{ "type": "text", "text": "=for x in then x" }""", "text" },
    };

    [Theory]
    [MemberData(nameof(BrokenFeel))]
    public void A_feel_syntax_error_names_the_form_the_component_the_property_and_the_position(string component, string property)
    {
        var result = FormSchemaParser.Parse(FormJson.Of(component), "hilfe.form");

        var problem = Assert.Single(result.Problems);
        Assert.Equal("form-feel", problem.Rule);
        Assert.Contains("Formular „hilfe.form“", problem.Message);
        Assert.Contains($"„{property}“", problem.Message);
        Assert.Matches(@"Zeile \d+, Spalte \d+", problem.Message);
        Assert.Null(result.Form);
    }

    [Fact]
    public void The_position_is_counted_inside_the_expression()
    {
        var result = FormSchemaParser.Parse(FormJson.Of("""{ "type": "textfield", "key": "plz", "conditional": { "hide": "=a = 1 and" } }"""), "hilfe.form");

        var problem = Assert.Single(result.Problems);
        Assert.Contains("Komponente „plz“", problem.Message);
        Assert.Contains("Zeile 1, Spalte ", problem.Message);
    }

    [Fact]
    public void Valid_feel_everywhere_passes()
    {
        var result = FormSchemaParser.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Forms", "Feel", "hilfeplan.form")), "hilfeplan.form");

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Problems.Select(p => p.Message)));
    }
}
