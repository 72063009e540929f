using Kim.Workflows.Benchmarks.Durable;
using Kim.Workflows.Benchmarks.Engine;

namespace Kim.Workflows.Benchmarks;

/// <summary>
/// Entry: <c>dotnet run -c Release --project bench/Kim.Workflows.Benchmarks -- NAME</c>.
/// Each benchmark lives in its own folder and registers one line in <see cref="Benchmarks"/>.
/// </summary>
internal static class Program
{
    private static readonly (string Name, string Description, Func<string[], Task<int>> Run)[] Benchmarks =
    [
        ("engine", "engine in memory vs. WorkflowCore 3.22 in memory, 10-step straight-through workflow", EngineBenchmark.RunAsync),
        ("durable", "runtime on SQLite: instances/s vs. raw commits, round trips, 100k timer re-scheduling, latency with 100 versions", DurableBenchmark.RunAsync),
        ("inbox", "task inbox queries (InboxQuery) over 100,000 open tasks in SQLite; p95 target 20 ms", Inbox.InboxBenchmark.RunAsync),
        ("designer", "open a 300-element diagram in the designer, headless Chromium against Kestrel; target < 1.5 s", Designer.DesignerBenchmark.RunAsync),
    ];

    public static async Task<int> Main(string[] args)
    {
        var name = args.Length > 0 ? args[0] : null;
        foreach (var (benchmarkName, _, run) in Benchmarks)
        {
            if (string.Equals(benchmarkName, name, StringComparison.Ordinal))
            {
                return await run(args[1..]).ConfigureAwait(false);
            }
        }

        await Console.Error.WriteLineAsync(Usage(name)).ConfigureAwait(false);
        return 2;
    }

    private static string Usage(string? name)
    {
        var lines = new List<string>();
        if (name is not null)
        {
            lines.Add($"Unknown benchmark '{name}'.");
        }

        lines.Add("Usage: dotnet run -c Release --project bench/Kim.Workflows.Benchmarks -- <benchmark>");
        lines.Add("Benchmarks:");
        foreach (var (benchmarkName, description, _) in Benchmarks)
        {
            lines.Add($"  {benchmarkName,-10} {description}");
        }

        return string.Join(Environment.NewLine, lines);
    }
}
