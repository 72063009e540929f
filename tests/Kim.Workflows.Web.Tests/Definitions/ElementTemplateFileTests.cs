using System.Text.Json;

namespace Kim.Workflows.Web.Tests.Definitions;

/// <summary>
/// The designer's element templates (ClientApp/src/templates/kim-element-templates.json) are standard Camunda 7
/// element templates: @bpmn-io/element-templates-validator accepts them, so they also open in Camunda Modeler.
/// </summary>
public sealed class ElementTemplateFileTests
{
    [Fact]
    public async Task The_templates_pass_the_element_template_validator()
    {
        var (exitCode, output, errors) = await ClientAppNode.RunAsync("tools/validate-templates.mjs");
        Assert.True(exitCode == 0, output + errors);
        using var report = JsonDocument.Parse(output);
        Assert.True(report.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal(7, report.RootElement.GetProperty("count").GetInt32());
    }

    [Fact]
    public void The_templates_cover_our_handlers_and_steps()
    {
        var path = Path.Combine(ClientAppNode.Folder(), "src", "templates", "kim-element-templates.json");
        using var file = JsonDocument.Parse(File.ReadAllText(path));
        var names = file.RootElement.EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
        Assert.Equal(["E-Mail senden", "Einwilligung prüfen", "Einladungen senden", "Phase erfassen", "Re-Assessment planen", "Fallakten-Schritt", "Formular"], names);
        var text = file.RootElement.GetRawText();
        foreach (var step in new[] { "zugang", "erstberatung", "assessment", "ziele", "zielvereinbarung", "leistungen", "reassessment" })
        {
            Assert.Contains($"kim:fallakte:{step}", text, StringComparison.Ordinal);
        }
    }
}
