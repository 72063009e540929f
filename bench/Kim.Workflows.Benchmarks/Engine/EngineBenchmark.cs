using System.Globalization;
using Kim.Workflows.Benchmarks.Reporting;

namespace Kim.Workflows.Benchmarks.Engine;

/// <summary>
/// <c>engine</c>: our engine in memory against WorkflowCore 3.22 in memory on the same 10-step
/// straight-through workflow, n = 1,000 / 10,000 / 100,000 instances, one timed run each after a warm-up.
/// The headline figure for ours is sequential (one thread starting instances one after another through
/// <c>WorkflowEngine.StartAsync</c>); WorkflowCore runs with its defaults (one worker per core).
/// Settings (environment): KIM_BENCH_SIZES (e.g. "1000,10000"), KIM_BENCH_WC_TIMEOUT_S (default 60),
/// KIM_BENCH_PARALLEL (workers for the extra parallel run of ours; default 2 when there are 2+ cores, 0 = off).
/// </summary>
internal static class EngineBenchmark
{
    private static readonly int[] DefaultSizes = [1_000, 10_000, 100_000];

    public static async Task<int> RunAsync(string[] args)
    {
        var sizes = ReadSizes();
        var limit = TimeSpan.FromSeconds(ReadInt("KIM_BENCH_WC_TIMEOUT_S", 60));
        var workers = ReadInt("KIM_BENCH_PARALLEL", Environment.ProcessorCount >= 2 ? 2 : 0);
        var report = new BenchmarkReport("engine");
        BenchmarkReport.Line($"engine benchmark: 10-step straight-through workflow, n = {string.Join(", ", sizes.Select(s => Format(s)))}");
        BenchmarkReport.Line($"machine: {report.Machine.Cores} cores, {report.Machine.Cpu ?? "unknown CPU"}, {report.Machine.Os}, {report.Machine.Dotnet}, {report.Machine.Gc} GC, load average {report.Machine.LoadAverage?.ToString(CultureInfo.InvariantCulture) ?? "?"}");
        BenchmarkReport.Line($"ours: sequential StartAsync on one thread (headline){(workers > 1 ? $", plus a parallel run on {workers} threads" : "")}; WorkflowCore: defaults, time limit {limit.TotalSeconds:0} s per run");

        // Warm-up: JIT and tiered compilation (tier 0, then tier 1 with dynamic PGO in the background) need a
        // few seconds of steady load; a short warm-up leaves the 1,000 and 10,000 runs on slower code.
        BenchmarkReport.Line("warm-up ...");
        var warmUp = System.Diagnostics.Stopwatch.StartNew();
        while (warmUp.Elapsed < TimeSpan.FromSeconds(3))
        {
            await OurEnginePeer.RunSequentialAsync(10_000).ConfigureAwait(false);
            if (workers > 1)
            {
                await OurEnginePeer.RunParallelAsync(10_000, workers).ConfigureAwait(false);
            }
        }

        var ours = new Dictionary<int, RunOutcome>();
        var oursParallel = new Dictionary<int, RunOutcome>();
        foreach (var n in sizes)
        {
            Settle();
            ours[n] = await OurEnginePeer.RunSequentialAsync(n).ConfigureAwait(false);
            BenchmarkReport.Line($"ours          n={Format(n),8}: {Describe(ours[n])}");
            if (workers > 1)
            {
                Settle();
                oursParallel[n] = await OurEnginePeer.RunParallelAsync(n, workers).ConfigureAwait(false);
                BenchmarkReport.Line($"ours x{workers}       n={Format(n),8}: {Describe(oursParallel[n])}");
            }
        }

        Settle();
        var warm = await WorkflowCorePeer.RunAsync(1_000, TimeSpan.FromSeconds(Math.Min(limit.TotalSeconds, 30))).ConfigureAwait(false);
        BenchmarkReport.Line($"WorkflowCore warm-up n={Format(warm.N)}: {Describe(warm)}");
        var peer = new Dictionary<int, RunOutcome>();
        foreach (var n in sizes)
        {
            Settle();
            peer[n] = await WorkflowCorePeer.RunAsync(n, limit).ConfigureAwait(false);
            BenchmarkReport.Line($"WorkflowCore  n={Format(n),8}: {Describe(peer[n])}");
        }

        var rows = new List<IReadOnlyList<string>>();
        foreach (var n in sizes)
        {
            var o = ours[n];
            var p = peer[n];
            var par = oursParallel.GetValueOrDefault(n);
            double? peerPerSecond = p.Finished ? p.PerSecond : null;
            double? ratio = peerPerSecond is { } pps && o.Finished ? o.PerSecond / pps : null;
            var notes = new List<string>();
            if (o.Note is not null)
            {
                notes.Add("ours: " + o.Note);
            }

            if (p.Note is not null)
            {
                notes.Add("WorkflowCore " + p.Note);
            }

            report.Add(new Dictionary<string, object?>
            {
                ["n"] = n,
                ["ours_per_s"] = o.Finished ? Math.Round(o.PerSecond) : null,
                ["workflowcore_per_s"] = peerPerSecond is { } x ? Math.Round(x) : null,
                ["ratio"] = ratio is { } r ? Math.Round(r, 1) : null,
                ["ours_us_per_instance"] = Math.Round(o.MicrosecondsPerInstance, 2),
                ["ours_cpu_us_per_instance"] = o.CpuMicrosecondsPerInstance is { } cpu ? Math.Round(cpu, 2) : null,
                ["ours_alloc_bytes_per_instance"] = o.AllocatedBytes is { } a ? Math.Round((double)a / n) : null,
                ["ours_mode"] = "sequential",
                ["ours_parallel_workers"] = par is null ? null : workers,
                ["ours_parallel_per_s"] = par is { Finished: true } ? Math.Round(par.PerSecond) : null,
                ["ours_completed"] = o.Completed,
                ["workflowcore_completed"] = p.Completed,
                ["workflowcore_seconds"] = Math.Round(p.Elapsed.TotalSeconds, 2),
                ["note"] = notes.Count == 0 ? null : string.Join("; ", notes),
            });
            rows.Add([
                Format(n),
                o.Finished ? Format(o.PerSecond) : "-",
                par is { Finished: true } ? Format(par.PerSecond) : "-",
                peerPerSecond is { } y ? Format(y) : $"stalled ({Format(p.Completed)} done)",
                ratio is { } q ? q.ToString("0.0", CultureInfo.InvariantCulture) : "-",
                o.MicrosecondsPerInstance.ToString("0.00", CultureInfo.InvariantCulture),
                o.CpuMicrosecondsPerInstance is { } c ? c.ToString("0.00", CultureInfo.InvariantCulture) : "-",
                o.AllocatedBytes is { } b ? Format((double)b / n) : "-",
            ]);
        }

        BenchmarkReport.Line("");
        BenchmarkReport.Table(
            ["n", "ours/s (seq)", $"ours/s (x{workers})", "WorkflowCore/s", "ratio", "ours µs/inst", "ours CPU µs/inst", "ours B/inst"],
            rows);
        BenchmarkReport.Line("");
        BenchmarkReport.Line(report.ToJson());
        return ours.Values.All(o => o.Finished) ? 0 : 1;
    }

    private static string Describe(RunOutcome run) =>
        $"{run.Completed}/{run.N} completed in {run.Elapsed.TotalMilliseconds:0} ms = {Format(run.PerSecond)}/s, {run.MicrosecondsPerInstance:0.00} µs/instance"
        + (run.CpuMicrosecondsPerInstance is { } cpu ? $" (CPU {cpu:0.00} µs)" : "")
        + (run.AllocatedBytes is { } a ? $", {Format((double)a / run.N)} B/instance allocated" : "")
        + (run.Note is null ? "" : $" [{run.Note}]");

    private static string Format(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>Each run starts from a collected heap, so one run's garbage is not billed to the next.</summary>
    private static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private static int[] ReadSizes()
    {
        var text = Environment.GetEnvironmentVariable("KIM_BENCH_SIZES");
        return string.IsNullOrWhiteSpace(text)
            ? DefaultSizes
            : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
    }

    private static int ReadInt(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
