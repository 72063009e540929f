using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Kim.Workflows.Engine.Tests.Workflows;

namespace Kim.Workflows.Engine.Tests.Feel;

/// <summary>
/// Runs feelin (the FEEL interpreter form-js uses in the browser) from the Web project's npm packages in one
/// node process over all cases (feelin-agreement.mjs). Installs the packages with <c>npm ci</c> when the
/// build has not yet.
/// </summary>
internal static class FeelinRunner
{
    private static readonly Lock InstallLock = new();

    /// <summary>One result per case, in order: <c>{"value": …}</c> or <c>{"error": "…"}</c>.</summary>
    public static IReadOnlyList<JsonObject> Evaluate(IReadOnlyList<(string Expression, JsonObject Context)> cases)
    {
        var root = WorkflowHarness.RepositoryRoot();
        var clientApp = Path.Combine(root, "src", "Kim.Workflows.Web", "ClientApp");
        var node = FindOnPath("node")
            ?? throw new InvalidOperationException("node is not on the PATH; the agreement test (and the Web build) need Node.js.");
        EnsurePackages(clientApp);

        var input = new StringBuilder();
        foreach (var (expression, context) in cases)
        {
            input.Append(new JsonObject { ["expression"] = expression, ["context"] = context.DeepClone() }.ToJsonString()).Append('\n');
        }

        var script = Path.Combine(root, "tests", "Kim.Workflows.Engine.Tests", "Feel", "feelin-agreement.mjs");
        var (exit, output, error) = Run(node, [script, clientApp], clientApp, input.ToString());
        Assert.True(exit == 0, $"feelin-agreement.mjs failed ({exit}): {error}");
        var results = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!.AsObject()).ToList();
        Assert.Equal(cases.Count, results.Count);
        return results;
    }

    private static void EnsurePackages(string clientApp)
    {
        lock (InstallLock)
        {
            if (File.Exists(Path.Combine(clientApp, "node_modules", "@bpmn-io", "feelin", "package.json")))
            {
                return;
            }

            var npm = FindOnPath("npm") ?? throw new InvalidOperationException("npm is not on the PATH; it is needed to install feelin (npm ci in ClientApp).");
            var (exit, _, error) = Run(npm, ["ci", "--no-audit", "--no-fund"], clientApp, "");
            Assert.True(exit == 0, $"npm ci in {clientApp} failed ({exit}): {error}");
        }
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => new[] { Path.Combine(dir, name), Path.Combine(dir, name + ".exe"), Path.Combine(dir, name + ".cmd") })
            .FirstOrDefault(File.Exists);

    private static (int Exit, string Output, string Error) Run(string file, IEnumerable<string> arguments, string workingDirectory, string input)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(file)} did not finish within 5 minutes.");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
