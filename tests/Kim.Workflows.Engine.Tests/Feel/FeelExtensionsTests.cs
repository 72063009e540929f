namespace Kim.Workflows.Engine.Tests.Feel;

public class FeelExtensionsTests
{
    private static readonly Dictionary<string, object?> Context = new()
    {
        ["leer"] = null,
        ["person"] = new Dictionary<string, object?> { ["name"] = "Ada", ["telefon"] = null },
    };

    [Theory]
    [InlineData("is defined(leer)", true)]
    [InlineData("is defined(fehlt)", false)]
    [InlineData("is defined(person.telefon)", true)]
    [InlineData("is defined(person.email)", false)]
    [InlineData("is defined(fehlt.email)", false)]
    [InlineData("is defined(1 + 1)", true)]
    [InlineData("is empty([])", true)]
    [InlineData("is blank(\"  \")", true)]
    public void Camunda_functions_that_forms_use(string expression, bool expected) =>
        Assert.Equal(expected, FeelTestEngine.Value(expression, Context));

    [Theory]
    [InlineData("get or else(leer, \"unbekannt\")", "unbekannt")]
    [InlineData("get or else(person.name, \"unbekannt\")", "Ada")]
    [InlineData("trim(\"  Warendorf \")", "Warendorf")]
    [InlineData("string join([\"a\", \"b\"], \", \", \"[\", \"]\")", "[a, b]")]
    [InlineData("string(last day of month(date(\"2028-02-10\")))", "2028-02-29")]
    [InlineData("string(duplicate values([1, 2, 1, 3, 2, 1]))", "[1, 2]")]
    [InlineData("string(partition([1, 2, 3], 2))", "[[1, 2], [3]]")]
    [InlineData("string(extract(\"Az. 12-34, Az. 56-78\", \"[0-9]+-[0-9]+\"))", "[\"12-34\", \"56-78\"]")]
    public void Camunda_functions_with_values(string expression, string expected) =>
        Assert.Equal(expected, FeelTestEngine.Value(expression, Context));
}
