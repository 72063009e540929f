using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Hangfire;
using Kim.Workflows.Benchmarks.Reporting;
using Kim.Workflows.Engine.Execution.Effects;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Kim.Workflows.Benchmarks.Durable;

/// <summary>
/// <c>durable</c>: the runtime on a SQLite file (WAL, synchronous=FULL, in-memory Hangfire), each figure measured in
/// this run beside its reference:
/// durable straight-through instances/s vs. the raw SQLite commit rate (same pragmas, same disk, one small-row insert
/// per transaction); user-task round trips/s (start → task → complete → end); start-up with 100,000 pending timers;
/// start and completion latency with 100 versions and 100,000 stored instances vs. 1 version and 1,000 instances.
/// Throughput is measured with KIM_BENCH_CALLERS concurrent callers (default 16, like requests and jobs arriving
/// together on a server; the runtime writes commands that arrive together in one transaction) and with one caller
/// (each command waits for its own commit).
/// Settings (environment): KIM_BENCH_SECONDS (per throughput run, default 3), KIM_BENCH_DIR (default: temp folder),
/// KIM_BENCH_PARTS (comma list of throughput, roundtrips, reschedule, latency; default all: a part left out has no figure).
/// </summary>
internal static class DurableBenchmark
{
    private const string StraightKey = "bench-straight-10";
    private const string RoundTripKey = "bench-round-trip";

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = double.Parse(Environment.GetEnvironmentVariable("KIM_BENCH_SECONDS") ?? "3", CultureInfo.InvariantCulture);
        var callers = int.Parse(Environment.GetEnvironmentVariable("KIM_BENCH_CALLERS") ?? "16", CultureInfo.InvariantCulture);
        var root = Path.Combine(Environment.GetEnvironmentVariable("KIM_BENCH_DIR") ?? Path.GetTempPath(), "kim-bench-durable-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(root);
        var report = new BenchmarkReport("durable");
        BenchmarkReport.Line("durable benchmark: runtime on SQLite (WAL, synchronous=FULL), in-memory Hangfire; files in " + root);
        BenchmarkReport.Line($"machine: {report.Machine.Cores} cores, {report.Machine.Cpu ?? "unknown CPU"}, {report.Machine.Os}, {report.Machine.Dotnet}, load average {report.Machine.LoadAverage?.ToString(CultureInfo.InvariantCulture) ?? "?"}");
        var parts = (Environment.GetEnvironmentVariable("KIM_BENCH_PARTS") ?? "throughput,roundtrips,reschedule,latency")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
        try
        {
            var duration = TimeSpan.FromSeconds(seconds);
            var targets = new List<string>();
            if (Environment.GetEnvironmentVariable("KIM_BENCH_PROBE") == "1")
            {
                await using var idle = await DurableHost.StartAsync(Path.Combine(root, "idle"));
                await Task.Delay(500);
                var before = Process.GetCurrentProcess().TotalProcessorTime;
                await Task.Delay(3000);
                BenchmarkReport.Line($"idle host: {(Process.GetCurrentProcess().TotalProcessorTime - before).TotalMilliseconds / 3:0.0} ms CPU per second");
            }

            // Warm-up: JIT and tiered compilation of the whole path (EF Core, SQLite, engine, Hangfire) take several
            // seconds on a busy 2-core machine; measured without it, the first runs are mostly the JIT's work.
            var warmUp = TimeSpan.FromSeconds(double.Parse(Environment.GetEnvironmentVariable("KIM_BENCH_WARMUP_S") ?? "10", CultureInfo.InvariantCulture));
            await using (var host = await DurableHost.StartAsync(Path.Combine(root, "warm-up")))
            {
                await host.Runtime.DeployAsync(Resource("Engine.straight-through-10.bpmn"), "straight-through-10.bpmn");
                await host.Runtime.DeployAsync(Resource("Durable.round-trip.bpmn"), "round-trip.bpmn");
                BenchmarkReport.Line($"warm-up ({warmUp.TotalSeconds:0} s):");
                await RunForAsync(host, warmUp / 4, StraightThroughAsync);
                await RunForAsync(host, warmUp / 4, StraightThroughAsync, callers);
                await RunForAsync(host, warmUp / 4, RoundTripAsync);
                await RunForAsync(host, warmUp / 4, RoundTripAsync, callers);
            }

            if (parts.Contains("throughput"))
            {
                await ThroughputAsync(root, duration, callers, report, targets);
            }

            if (parts.Contains("roundtrips"))
            {
                await RoundTripsAsync(root, duration, callers, report, targets);
            }

            if (parts.Contains("reschedule"))
            {
                await RescheduleFiguresAsync(root, report, targets);
            }

            if (parts.Contains("latency"))
            {
                var latency = await LatencyAsync(root);
                Summary(report, "latency_ratio_versions", Math.Round(latency, 2));
                Check(targets, latency <= 1, $"latency_ratio_versions {latency:0.00} (target ≤ 1)");
            }

            BenchmarkReport.Line("");
            foreach (var line in targets)
            {
                BenchmarkReport.Line(line);
            }

            BenchmarkReport.Line("");
            BenchmarkReport.Line(report.ToJson());
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>1. Straight-through instances against raw commits (reference measured before and after, averaged).</summary>
    private static async Task ThroughputAsync(string root, TimeSpan duration, int callers, BenchmarkReport report, List<string> targets)
    {
        var rawBefore = RawCommitsPerSecond(Path.Combine(root, "raw1"), duration);
        double durable, durableSequential;
        await using (var host = await DurableHost.StartAsync(Path.Combine(root, "straight")))
        {
            await host.Runtime.DeployAsync(Resource("Engine.straight-through-10.bpmn"), "straight-through-10.bpmn");
            await RunForAsync(host, TimeSpan.FromSeconds(1), StraightThroughAsync, callers); // warm-up
            BenchmarkReport.Line($"durable straight-through, {callers} callers:");
            durable = await RunForAsync(host, duration, StraightThroughAsync, callers);
            BenchmarkReport.Line("durable straight-through, 1 caller:");
            durableSequential = await RunForAsync(host, duration, StraightThroughAsync);
        }

        var rawAfter = RawCommitsPerSecond(Path.Combine(root, "raw2"), duration);
        var raw = (rawBefore + rawAfter) / 2;
        BenchmarkReport.Line($"raw SQLite commits: {F(rawBefore)}/s before, {F(rawAfter)}/s after (one small-row INSERT per transaction)");
        BenchmarkReport.Line($"durable straight-through (10 steps, start → end in one command): {F(durable)} instances/s with {callers} callers = {durable / raw:0.00} of raw; "
            + $"{F(durableSequential)}/s with 1 caller = {durableSequential / raw:0.00} of raw");
        Summary(report, "raw_commit_per_s", Math.Round(raw));
        Summary(report, "durable_per_s", Math.Round(durable));
        Summary(report, "ratio_to_raw", Math.Round(durable / raw, 2));
        Summary(report, "durable_sequential_per_s", Math.Round(durableSequential));
        Summary(report, "ratio_to_raw_sequential", Math.Round(durableSequential / raw, 2));
        Summary(report, "callers", callers);
        report.Add(new Dictionary<string, object?>
        {
            ["raw_commit_before_per_s"] = Math.Round(rawBefore),
            ["raw_commit_after_per_s"] = Math.Round(rawAfter),
            ["seconds_per_run"] = duration.TotalSeconds,
        });
        Check(targets, durable / raw >= 0.5, $"ratio_to_raw {durable / raw:0.00} (target ≥ 0.5)");
    }

    /// <summary>2. User-task round trips, and the same with synchronous=NORMAL for comparison.</summary>
    private static async Task RoundTripsAsync(string root, TimeSpan duration, int callers, BenchmarkReport report, List<string> targets)
    {
        double roundTrips, roundTripsSequential;
        await using (var host = await DurableHost.StartAsync(Path.Combine(root, "roundtrip")))
        {
            await host.Runtime.DeployAsync(Resource("Durable.round-trip.bpmn"), "round-trip.bpmn");
            await RunForAsync(host, TimeSpan.FromSeconds(1), RoundTripAsync, callers);
            BenchmarkReport.Line($"round trips, {callers} callers:");
            roundTrips = await RunForAsync(host, duration, RoundTripAsync, callers);
            BenchmarkReport.Line("round trips, 1 caller:");
            roundTripsSequential = await RunForAsync(host, duration, RoundTripAsync);
        }

        BenchmarkReport.Line($"round trips (start → user task → complete → end, two commands): {F(roundTrips)}/s with {callers} callers, {F(roundTripsSequential)}/s with 1 caller");
        Summary(report, "roundtrips_per_s", Math.Round(roundTrips));
        Summary(report, "roundtrips_sequential_per_s", Math.Round(roundTripsSequential));

        // PRAGMA synchronous=NORMAL (WAL: no fsync per commit; survives a process crash, may lose the last commits on
        // power loss) is not the default; this shows what the fsyncs cost.
        double roundTripsNormal;
        await using (var host = await DurableHost.StartAsync(Path.Combine(root, "roundtrip-normal"), o => o.SqliteSynchronous = "NORMAL"))
        {
            await host.Runtime.DeployAsync(Resource("Durable.round-trip.bpmn"), "round-trip.bpmn");
            await RunForAsync(host, TimeSpan.FromSeconds(1), RoundTripAsync, callers);
            roundTripsNormal = await RunForAsync(host, duration, RoundTripAsync, callers);
        }

        BenchmarkReport.Line($"round trips with synchronous=NORMAL (not the default), {callers} callers: {F(roundTripsNormal)}/s");
        Summary(report, "roundtrips_per_s_synchronous_normal", Math.Round(roundTripsNormal));
        Check(targets, roundTrips >= 2_000, $"roundtrips_per_s {roundTrips:0} (target ≥ 2,000)");
    }

    /// <summary>3. Start-up with 100,000 pending timers: spread over 30 days, and all within the 24 h horizon.</summary>
    private static async Task RescheduleFiguresAsync(string root, BenchmarkReport report, List<string> targets)
    {
        var (reschedule, scheduled, dueSoon) = await RescheduleAsync(Path.Combine(root, "reschedule"), 100_000, TimeSpan.FromDays(30));
        BenchmarkReport.Line($"start-up with 100,000 pending timers due over the next 30 days: {reschedule:0.00} s ({F(scheduled)} Hangfire jobs scheduled for the {F(dueSoon)} due within the 24 h horizon)");
        var (worst, worstScheduled, _) = await RescheduleAsync(Path.Combine(root, "reschedule-24h"), 100_000, TimeSpan.FromHours(23));
        BenchmarkReport.Line($"start-up with 100,000 pending timers all due within 24 h (worst case): {worst:0.00} s ({F(worstScheduled)} Hangfire jobs scheduled)");
        Summary(report, "reschedule_100k_s", Math.Round(reschedule, 2));
        Summary(report, "reschedule_100k_all_in_horizon_s", Math.Round(worst, 2));
        Check(targets, reschedule <= 10, $"reschedule_100k_s {reschedule:0.00} (target ≤ 10)");
        Check(targets, worst <= 10, $"reschedule_100k_all_in_horizon_s {worst:0.00} (target ≤ 10)");
    }

    private static void Summary(BenchmarkReport report, string name, object value) => report.Summary(name, value);

    private static void Check(List<string> lines, bool met, string text) => lines.Add((met ? "met:    " : "MISSED: ") + text);

    private static async Task StraightThroughAsync(DurableHost host)
    {
        var result = await host.Runtime.StartAsync(StraightKey, null, null);
        if (result.Instance?.Status != Kim.Workflows.Engine.Execution.InstanceStatus.Completed)
        {
            throw new InvalidOperationException("A straight-through instance did not complete in its start command.");
        }
    }

    private static async Task RoundTripAsync(DurableHost host)
    {
        var started = await host.Runtime.StartAsync(RoundTripKey, null, null, "bench");
        var taskId = TaskOf(started.Effects);
        var done = await host.Runtime.CompleteTaskAsync(taskId, null, "bench");
        if (done.Instance?.Status != Kim.Workflows.Engine.Execution.InstanceStatus.Completed)
        {
            throw new InvalidOperationException("A round trip did not end.");
        }
    }

    private static Guid TaskOf(IReadOnlyList<EngineEffect> effects)
    {
        foreach (var effect in effects)
        {
            if (effect is UserTaskCreated created)
            {
                return created.TaskId;
            }
        }

        throw new InvalidOperationException("No user task was created.");
    }

    /// <summary>
    /// Runs operations for a time, each caller one after another on its own thread-pool flow (as concurrent requests
    /// would); returns operations per second. Latencies are per operation.
    /// </summary>
    private static async Task<double> RunForAsync(DurableHost host, TimeSpan duration, Func<DurableHost, Task> operation, int callers = 1)
    {
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var perCaller = await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
        {
            var samples = new List<double>();
            while (watch.Elapsed < duration)
            {
                var t0 = Stopwatch.GetTimestamp();
                await operation(host);
                samples.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            }

            return samples;
        })));

        var elapsed = watch.Elapsed.TotalSeconds;
        var all = perCaller.SelectMany(s => s).ToList();
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / all.Count;
        all.Sort();
        BenchmarkReport.Line($"  {all.Count} operations: mean {all.Average():0.00} ms, median {all[all.Count / 2]:0.00} ms, p99 {all[(int)(all.Count * 0.99)]:0.00} ms, process CPU {cpuMs:0.00} ms per operation");
        return all.Count / elapsed;
    }

    /// <summary>One small-row INSERT per transaction, with the runtime's pragmas (WAL, synchronous=FULL), on the same disk.</summary>
    private static double RawCommitsPerSecond(string folder, TimeSpan duration)
    {
        Directory.CreateDirectory(folder);
        using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "raw.db")};Pooling=False");
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE t (id TEXT PRIMARY KEY, v TEXT NOT NULL);");
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO t (id, v) VALUES ($id, 'x')";
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        insert.Prepare();
        var watch = Stopwatch.StartNew();
        var count = 0;
        while (watch.Elapsed < duration)
        {
            using var transaction = connection.BeginTransaction();
            insert.Transaction = transaction;
            id.Value = Guid.NewGuid().ToString();
            insert.ExecuteNonQuery();
            transaction.Commit();
            count++;
        }

        return count / watch.Elapsed.TotalSeconds;
    }

    private static async Task<(double Seconds, long Scheduled, long DueSoon)> RescheduleAsync(string folder, int count, TimeSpan spread)
    {
        await using (var first = await DurableHost.StartAsync(folder))
        {
        }

        // Pending timers spread evenly over the next `spread` (KIM reminders: weeks to months ahead), from 10 minutes on.
        var now = DateTimeOffset.UtcNow;
        var dueSoon = 0L;
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "kim-workflows.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var transaction = connection.BeginTransaction();
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO timers (Id, InstanceId, ElementId, DueAt, Status, FiredCount, CreatedAt) VALUES ($id, $instance, 'warten', $due, 'Pending', 0, $created)";
            var id = command.Parameters.Add("$id", SqliteType.Text);
            var instance = command.Parameters.Add("$instance", SqliteType.Text);
            var due = command.Parameters.Add("$due", SqliteType.Integer);
            command.Parameters.AddWithValue("$created", now.UtcTicks);
            for (var i = 0; i < count; i++)
            {
                var at = now.AddMinutes(10 + (i * spread.TotalMinutes / count));
                dueSoon += at <= now.AddHours(24) ? 1 : 0;
                id.Value = Guid.CreateVersion7().ToString().ToUpperInvariant();
                instance.Value = Guid.NewGuid().ToString().ToUpperInvariant();
                due.Value = at.UtcTicks;
                await command.ExecuteNonQueryAsync();
            }

            await transaction.CommitAsync();
        }

        var watch = Stopwatch.StartNew();
        await using var host = await DurableHost.StartAsync(folder);
        var seconds = watch.Elapsed.TotalSeconds;
        var scheduled = host.Services.GetRequiredService<JobStorage>().GetMonitoringApi().ScheduledCount();
        return (seconds, scheduled, dueSoon);
    }

    /// <summary>
    /// Median start and completion latency in two stores, measured in turns (so machine load hits both alike):
    /// "small" = 1 version, 1,000 waiting instances; "large" = 100 versions, 100,000 waiting instances.
    /// Returns the worse of the two ratios large/small.
    /// </summary>
    private static async Task<double> LatencyAsync(string root)
    {
        var watch = Stopwatch.StartNew();
        await using var small = await DurableHost.StartAsync(Path.Combine(root, "small"));
        await using var large = await DurableHost.StartAsync(Path.Combine(root, "large"));
        var xml = Resource("Durable.round-trip.bpmn");
        await small.Runtime.DeployAsync(xml, "round-trip.bpmn");
        for (var v = 1; v <= 100; v++)
        {
            await large.Runtime.DeployAsync(xml.Replace("Benchmark: user task round trip", $"Benchmark: user task round trip (v{v})", StringComparison.Ordinal), "round-trip.bpmn");
        }

        await StoredInstances.FillAsync(small, 1_000, versions: 1);
        await StoredInstances.FillAsync(large, 100_000, versions: 100);
        BenchmarkReport.Line($"latency stores prepared in {watch.Elapsed.TotalSeconds:0.0} s (small: 1 version, 1,000 waiting instances; large: 100 versions, 100,000 waiting instances)");

        // Paired measurement: the stores take turns round trip by round trip, in the order small-large-large-small, so
        // a change of machine load (other processes, disk flushes) hits both alike; the first pairs are discarded.
        var samples = new Dictionary<(string Store, string Op), List<double>>();
        void Add(string store, string op, double ms) => (samples.TryGetValue((store, op), out var l) ? l : samples[(store, op)] = []).Add(ms);
        var pairs = int.Parse(Environment.GetEnvironmentVariable("KIM_BENCH_LATENCY_PAIRS") ?? "1000", CultureInfo.InvariantCulture);
        const int Discarded = 50;
        for (var pair = 0; pair < pairs + Discarded; pair++)
        {
            foreach (var (name, host) in pair % 2 == 0 ? new[] { ("small", small), ("large", large) } : [("large", large), ("small", small)])
            {
                var t0 = Stopwatch.GetTimestamp();
                var started = await host.Runtime.StartAsync(RoundTripKey, null, null, "bench");
                var t1 = Stopwatch.GetTimestamp();
                await host.Runtime.CompleteTaskAsync(TaskOf(started.Effects), null, "bench");
                var t2 = Stopwatch.GetTimestamp();
                if (pair >= Discarded)
                {
                    Add(name, "start", Stopwatch.GetElapsedTime(t0, t1).TotalMilliseconds);
                    Add(name, "complete", Stopwatch.GetElapsedTime(t1, t2).TotalMilliseconds);
                }
            }
        }

        double Median(string store, string op)
        {
            var list = samples[(store, op)];
            list.Sort();
            return list[list.Count / 2];
        }

        var startRatio = Median("large", "start") / Median("small", "start");
        var completeRatio = Median("large", "complete") / Median("small", "complete");
        BenchmarkReport.Table(
            ["median latency", "1 version, 1,000 inst.", "100 versions, 100,000 inst.", "ratio"],
            [
                ["start", $"{Median("small", "start"):0.000} ms", $"{Median("large", "start"):0.000} ms", $"{startRatio:0.00}"],
                ["complete task", $"{Median("small", "complete"):0.000} ms", $"{Median("large", "complete"):0.000} ms", $"{completeRatio:0.00}"],
            ]);
        return Math.Max(startRatio, completeRatio);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    internal static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Kim.Workflows.Benchmarks." + name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string F(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
