using System.Diagnostics;
using System.Text.Json;

namespace Kim.Workflows.Cli.Tests;

public class FeelCommandTests
{
    [Fact]
    public async Task Answers_each_json_line_in_order_with_a_value_or_an_error()
    {
        var input = string.Join('\n',
            """{"expression": "Monthly Income * 12", "context": {"Monthly Income": 2500.10}}""",
            """{"expression": "10 / 4 + 0.1 + 0.2"}""",
            """{"expression": "1 +", "context": {}}""",
            "kein json",
            """{"expression": "{name: upper case(n), tage: date(\"2026-03-01\") - date(\"2026-02-01\")}", "context": {"n": "ä"}}""",
            """{"expression": "xs[item > 1]", "context": {"xs": [1, 2, 3]}}""",
            "");

        var (exit, lines) = await RunAsync(input);

        Assert.Equal(1, exit);
        Assert.Equal(6, lines.Count);
        Assert.Equal("""{"value":30001.20}""", lines[0]);
        Assert.Equal("""{"value":2.8}""", lines[1]);
        Assert.StartsWith("FEEL-Ausdruck ungültig in Zeile 1, Spalte 4", Error(lines[2]));
        Assert.StartsWith("Die Zeile ist kein gültiges JSON", Error(lines[3]));
        Assert.Equal("""{"value":{"name":"Ä","tage":"P28D"}}""", lines[4]);
        Assert.Equal("""{"value":[2,3]}""", lines[5]);
    }

    private static string? Error(string line) => JsonDocument.Parse(line).RootElement.GetProperty("error").GetString();

    private static async Task<(int ExitCode, List<string> Lines)> RunAsync(string stdin)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Kim.Workflows.Cli.dll"));
        start.ArgumentList.Add("feel");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        Assert.Equal(string.Empty, await stderr);
        return (process.ExitCode, (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList());
    }
}
