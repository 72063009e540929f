using System.Text.Json;

namespace Kim.Workflows.Cli.Tests;

public sealed class ValidateCommandTests
{
    [Fact]
    public async Task Valid_file_exits_0_with_valid_true()
    {
        var result = await CliRunner.RunAsync("validate", CliRunner.Asset("valid.bpmn"));

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.True(json.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal(0, json.RootElement.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public async Task Invalid_file_exits_1_with_element_errors()
    {
        var result = await CliRunner.RunAsync("validate", CliRunner.Asset("invalid.bpmn"));

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.False(json.RootElement.GetProperty("valid").GetBoolean());
        var errors = json.RootElement.GetProperty("errors").EnumerateArray().ToList();
        Assert.Contains(errors, e => e.GetProperty("elementId").GetString() == "cg" && e.GetProperty("message").GetString()!.Length > 0);
    }

    [Theory]
    [InlineData("garbage.bpmn")]
    [InlineData("does-not-exist.bpmn")]
    public async Task Garbage_or_missing_file_is_a_clean_invalid_result(string name)
    {
        var result = await CliRunner.RunAsync("validate", CliRunner.Asset(name));

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain("Unhandled exception", result.Stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.False(json.RootElement.GetProperty("valid").GetBoolean());
        var error = json.RootElement.GetProperty("errors")[0];
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("elementId").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task Unknown_command_prints_usage_without_crashing()
    {
        var result = await CliRunner.RunAsync("frobnicate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("validate", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", result.Stderr, StringComparison.Ordinal);
    }
}
