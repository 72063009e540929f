using System.Text.Json;

namespace Kim.Workflows.Cli.Tests;

public sealed class SimulateCommandTests
{
    [Fact]
    public async Task Simulate_prints_the_trace_json()
    {
        var result = await CliRunner.RunAsync("simulate", CliRunner.Asset("valid.bpmn"), CliRunner.Asset("review.script.json"));

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var trace = json.RootElement;
        Assert.Equal("completed", trace.GetProperty("state").GetString());
        Assert.Equal(["approve", "decide", "end", "start"], trace.GetProperty("completed").EnumerateArray().Select(e => e.GetString()).Order());
        Assert.Equal(["f0", "f1", "fLarge"], trace.GetProperty("flowsTaken").EnumerateArray().Select(e => e.GetString()).Order());
        Assert.Equal(0, trace.GetProperty("waitingOn").GetArrayLength());
        Assert.Equal(5000, trace.GetProperty("variables").GetProperty("amount").GetInt32());
        Assert.True(trace.GetProperty("variables").GetProperty("approved").GetBoolean());
    }

    [Theory]
    [InlineData("valid.bpmn", "missing.script.json")]
    [InlineData("valid.bpmn", "garbage.bpmn")]
    [InlineData("missing.bpmn", "review.script.json")]
    public async Task Simulate_with_a_missing_or_garbage_input_fails_cleanly(string bpmn, string script)
    {
        var result = await CliRunner.RunAsync("simulate", CliRunner.Asset(bpmn), CliRunner.Asset(script));

        Assert.NotEqual(0, result.ExitCode);
        Assert.False(string.IsNullOrWhiteSpace(result.Stderr));
        Assert.DoesNotContain("Unhandled exception", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulate_of_garbage_bpmn_prints_an_error_trace()
    {
        var result = await CliRunner.RunAsync("simulate", CliRunner.Asset("garbage.bpmn"), CliRunner.Asset("review.script.json"));

        Assert.DoesNotContain("Unhandled exception", result.Stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal("error", json.RootElement.GetProperty("state").GetString());
    }
}
