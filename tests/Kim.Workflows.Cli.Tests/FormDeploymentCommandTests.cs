using System.Text.Json;

namespace Kim.Workflows.Cli.Tests;

/// <summary>
/// <c>validate</c> and <c>simulate</c> on a deployment folder: the BPMN/.form pair as Camunda Modeler 5 writes
/// it (copied from the engine tests into Assets/modeler).
/// </summary>
public sealed class FormDeploymentCommandTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("kim-cli-forms-").FullName;

    private static string Modeler => CliRunner.Asset("modeler");

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public async Task Validate_of_a_folder_with_the_pair_succeeds()
    {
        var result = await CliRunner.RunAsync("validate", Modeler);

        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.True(json.RootElement.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Validate_of_the_two_files_named_one_by_one_succeeds()
    {
        var result = await CliRunner.RunAsync("validate", Path.Combine(Modeler, "kostenuebernahme.bpmn"), Path.Combine(Modeler, "antrag-pruefen.form"));

        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
    }

    [Fact]
    public async Task Validate_fails_naming_the_task_when_the_form_file_is_missing()
    {
        File.Copy(Path.Combine(Modeler, "kostenuebernahme.bpmn"), Path.Combine(_temp, "kostenuebernahme.bpmn"));

        var result = await CliRunner.RunAsync("validate", _temp);

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.False(json.RootElement.GetProperty("valid").GetBoolean());
        var error = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("kostenuebernahme.bpmn", error.GetProperty("file").GetString());
        Assert.Equal("Activity_AntragPruefen", error.GetProperty("elementId").GetString());
        Assert.Contains("„Antrag prüfen“", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_reports_a_broken_form_in_its_file()
    {
        File.Copy(Path.Combine(Modeler, "kostenuebernahme.bpmn"), Path.Combine(_temp, "kostenuebernahme.bpmn"));
        var form = File.ReadAllText(Path.Combine(Modeler, "antrag-pruefen.form")).Replace("\"type\": \"textarea\"", "\"type\": \"html\"", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_temp, "antrag-pruefen.form"), form);

        var result = await CliRunner.RunAsync("validate", _temp);

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var error = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("antrag-pruefen.form", error.GetProperty("file").GetString());
        Assert.Contains("„Begründung“", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulate_validates_task_completion_data_against_the_form()
    {
        var script = Path.Combine(_temp, "pruefen.script.json");
        File.WriteAllText(script, """
            { "variables": { "kimStatus": "offen" },
              "actions": [
                { "type": "complete", "id": "Activity_AntragPruefen", "variables": { "antragsteller": "", "eingangsdatum": "2026-11-30", "entscheidung": "genehmigt" } },
                { "type": "complete", "id": "Activity_AntragPruefen", "variables": { "antragsteller": "A. Yılmaz", "eingangsdatum": "2026-11-30", "entscheidung": "genehmigt",
                  "auflagen": [ { "was": "Nachweis nachreichen" } ], "kimStatus": "gefälscht" } } ] }
            """);

        var result = await CliRunner.RunAsync("simulate", Modeler, script);

        Assert.True(result.ExitCode == 0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal("completed", root.GetProperty("state").GetString());
        Assert.Equal("offen", root.GetProperty("variables").GetProperty("kimStatus").GetString());
        Assert.Equal("Nachweis nachreichen", root.GetProperty("variables").GetProperty("auflagen")[0].GetProperty("was").GetString());
        var rejected = Assert.Single(root.GetProperty("rejected").EnumerateArray());
        Assert.Equal("„Antragsteller:in“ ist ein Pflichtfeld.", rejected.GetProperty("errors").GetProperty("antragsteller").GetString());
    }

    [Fact]
    public async Task Simulate_of_a_plain_file_still_takes_file_and_script()
    {
        var result = await CliRunner.RunAsync("simulate", CliRunner.Asset("valid.bpmn"), CliRunner.Asset("review.script.json"));

        Assert.True(result.ExitCode == 0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.NotEqual("error", json.RootElement.GetProperty("state").GetString());
    }
}
