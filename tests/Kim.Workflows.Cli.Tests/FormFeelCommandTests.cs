using System.Text.Json;

namespace Kim.Workflows.Cli.Tests;

/// <summary>
/// FEEL in Camunda Forms on the command line: <c>simulate</c> evaluates it with the engine's FEEL on the
/// simulation's frozen clock; <c>validate</c> reports FEEL syntax errors in the form file.
/// </summary>
public sealed class FormFeelCommandTests : IDisposable
{
    private const string FeelForm = """
        { "id": "antrag-pruefen", "type": "default", "schemaVersion": 19, "components": [
          { "type": "checkbox", "key": "mitAuflagen", "label": "Mit Auflagen" },
          { "type": "textfield", "key": "auflage", "label": "Auflage", "validate": { "required": true },
            "conditional": { "hide": "=mitAuflagen != true" } },
          { "type": "number", "key": "betrag", "label": "Betrag", "validate": { "max": "=obergrenze" } },
          { "type": "expression", "key": "geprueftAm", "expression": "=string(today())" },
          { "type": "expression", "key": "eigenanteil", "expression": "=betrag * 0.1" } ] }
        """;

    private readonly string _temp = Directory.CreateTempSubdirectory("kim-cli-formfeel-").FullName;

    public FormFeelCommandTests() =>
        File.Copy(Path.Combine(CliRunner.Asset("modeler"), "kostenuebernahme.bpmn"), Path.Combine(_temp, "kostenuebernahme.bpmn"));

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public async Task Simulate_evaluates_the_forms_feel()
    {
        File.WriteAllText(Path.Combine(_temp, "antrag-pruefen.form"), FeelForm);
        var script = Path.Combine(_temp, "script.json");
        File.WriteAllText(script, """
            { "variables": { "obergrenze": 500 },
              "actions": [
                { "type": "complete", "id": "Activity_AntragPruefen", "variables": { "mitAuflagen": true, "betrag": 100 } },
                { "type": "complete", "id": "Activity_AntragPruefen", "variables": { "mitAuflagen": false, "betrag": 900 } },
                { "type": "complete", "id": "Activity_AntragPruefen", "variables": { "mitAuflagen": false, "betrag": 250, "eigenanteil": 0 } } ] }
            """);

        var result = await CliRunner.RunAsync("simulate", _temp, script);

        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal("completed", root.GetProperty("state").GetString());
        var rejected = root.GetProperty("rejected").EnumerateArray().Select(r => r.GetProperty("errors")).ToList();
        Assert.Equal(2, rejected.Count);
        Assert.Equal(["auflage"], rejected[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["betrag"], rejected[1].EnumerateObject().Select(p => p.Name));
        var variables = root.GetProperty("variables");
        Assert.Equal(25, variables.GetProperty("eigenanteil").GetDouble());
        Assert.Equal("2026-01-01", variables.GetProperty("geprueftAm").GetString());
        Assert.False(variables.TryGetProperty("auflage", out _));
    }

    [Fact]
    public async Task Validate_reports_a_feel_syntax_error_with_file_component_and_position()
    {
        File.WriteAllText(Path.Combine(_temp, "antrag-pruefen.form"), FeelForm.Replace("=mitAuflagen != true", "=mitAuflagen !=", StringComparison.Ordinal));

        var result = await CliRunner.RunAsync("validate", _temp);

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var error = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("antrag-pruefen.form", error.GetProperty("file").GetString());
        var message = error.GetProperty("message").GetString()!;
        Assert.Contains("Komponente „Auflage“", message, StringComparison.Ordinal);
        Assert.Contains("„conditional.hide“", message, StringComparison.Ordinal);
        Assert.Contains("Zeile 1, Spalte ", message, StringComparison.Ordinal);
    }
}
