using Kim.Workflows.Engine.Forms;

namespace Kim.Workflows.Engine.Tests.Forms;

/// <summary>Builds form-js JSON around component JSON, as the Modeler writes it (type default, schemaVersion 19).</summary>
internal static class FormJson
{
    public static string Of(params string[] components) =>
        $$"""{ "id": "testform", "type": "default", "schemaVersion": 19, "components": [ {{string.Join(",", components)}} ] }""";

    public static FormDefinition Parse(params string[] components)
    {
        var result = FormSchemaParser.Parse(Of(components), "test.form");
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Problems.Select(p => p.Message)));
        return result.Form!;
    }

    public static string ModelerFile(string name) => Path.Combine(AppContext.BaseDirectory, "Forms", "Modeler", name);
}
