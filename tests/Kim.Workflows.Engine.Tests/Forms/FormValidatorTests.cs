using Kim.Workflows.Engine.Forms;
using Kim.Workflows.Engine.Model;

namespace Kim.Workflows.Engine.Tests.Forms;

public class FormValidatorTests
{
    private static FormField Field(string id, FormFieldType type, params FormConstraint[] constraints) =>
        new(id, id == "name" ? "Name" : null, type, null,
            type == FormFieldType.Enum ? [new("positiv", "Positiv"), new("negativ", "Negativ")] : [],
            constraints, new Dictionary<string, string>());

    [Fact]
    public void Converts_each_type_to_a_variable_value()
    {
        FormField[] fields =
        [
            Field("name", FormFieldType.String), Field("anzahl", FormFieldType.Long), Field("einwilligung", FormFieldType.Boolean),
            Field("termin", FormFieldType.Date), Field("ergebnis", FormFieldType.Enum),
        ];
        var result = FormValidator.Validate(fields, new Dictionary<string, string?>
        {
            ["name"] = " Ayşe ", ["anzahl"] = "3", ["einwilligung"] = "on", ["termin"] = "01.03.2027", ["ergebnis"] = "negativ",
        });

        Assert.True(result.IsValid);
        Assert.Equal("Ayşe", result.Values["name"]);
        Assert.Equal(3L, result.Values["anzahl"]);
        Assert.Equal(true, result.Values["einwilligung"]);
        Assert.Equal("2027-03-01", result.Values["termin"]);
        Assert.Equal("negativ", result.Values["ergebnis"]);
    }

    [Fact]
    public void Missing_required_field_gets_a_german_message_with_its_label()
    {
        var result = FormValidator.Validate([Field("name", FormFieldType.String, new FormConstraint("required", null))], new Dictionary<string, string?>());

        Assert.False(result.IsValid);
        Assert.Equal("„Name“ ist ein Pflichtfeld.", result.Errors["name"]);
    }

    [Theory]
    [InlineData(FormFieldType.Long, "drei", "ganze Zahl")]
    [InlineData(FormFieldType.Date, "31.02.2027", "Datum")]
    [InlineData(FormFieldType.Enum, "vielleicht", "keine erlaubte Auswahl")]
    [InlineData(FormFieldType.Boolean, "kaum", "ja oder nein")]
    public void Wrong_type_is_refused(FormFieldType type, string raw, string expected)
    {
        var result = FormValidator.Validate([Field("f", type)], new Dictionary<string, string?> { ["f"] = raw });

        Assert.Contains(expected, result.Errors["f"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("minlength", "3", "ab", false)]
    [InlineData("minlength", "3", "abc", true)]
    [InlineData("maxlength", "3", "abcd", false)]
    public void Length_constraints(string name, string config, string value, bool valid)
    {
        var result = FormValidator.Validate([Field("f", FormFieldType.String, new FormConstraint(name, config))], new Dictionary<string, string?> { ["f"] = value });

        Assert.Equal(valid, result.IsValid);
    }

    [Theory]
    [InlineData("min", "14", "13", false)]
    [InlineData("min", "14", "14", true)]
    [InlineData("max", "27", "28", false)]
    public void Number_range_constraints(string name, string config, string value, bool valid)
    {
        var result = FormValidator.Validate([Field("alter", FormFieldType.Long, new FormConstraint(name, config))], new Dictionary<string, string?> { ["alter"] = value });

        Assert.Equal(valid, result.IsValid);
    }

    [Fact]
    public void Readonly_fields_are_not_taken_from_the_submission()
    {
        var result = FormValidator.Validate([Field("fallnummer", FormFieldType.String, new FormConstraint("readonly", null))],
            new Dictionary<string, string?> { ["fallnummer"] = "manipuliert" });

        Assert.True(result.IsValid);
        Assert.False(result.Values.ContainsKey("fallnummer"));
    }

    [Fact]
    public void Unticked_checkbox_is_false()
    {
        var result = FormValidator.Validate([Field("ok", FormFieldType.Boolean)], new Dictionary<string, string?>());

        Assert.Equal(false, result.Values["ok"]);
    }
}
