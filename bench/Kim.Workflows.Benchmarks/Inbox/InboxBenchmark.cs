using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Kim.Workflows.Benchmarks.Reporting;
using Kim.Workflows.Runtime;
using Kim.Workflows.Runtime.Persistence;
using Kim.Workflows.Runtime.Persistence.Entities;
using Kim.Workflows.Runtime.Queries;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Benchmarks.Inbox;

/// <summary>
/// The task inbox with many open tasks (default 100,000; <c>KIM_BENCH_OPEN_TASKS</c>) in a SQLite file, queried through
/// <see cref="InboxQuery"/> as the web pages and the REST API do (no HTTP): "Meine Aufgaben", "Gruppenaufgaben" (with
/// and without filters), "Alle". Measures server-side latency per query; the last line is JSON with
/// <c>inbox_p95_ms</c> (over all queries) and <c>open_tasks</c>. Target: p95 ≤ 20 ms.
/// </summary>
internal static class InboxBenchmark
{
    private static readonly string[] Districts = ["ahlen", "beckum", "suedkreis", "nordkreis"];
    private static readonly string[] Processes = ["case-management-cycle", "reassessment-reminder", "fallkonferenz", "abh-consultation", "einbuergerung-consultation"];

    public static async Task<int> RunAsync(string[] args)
    {
        var openTasks = ReadInt("KIM_BENCH_OPEN_TASKS", 100_000);
        var iterations = ReadInt("KIM_BENCH_ITERATIONS", 200);
        var folder = Path.Combine(Path.GetTempPath(), "kim-inbox-bench", Guid.NewGuid().ToString("N"));
        var options = new WorkflowRuntimeOptions { DataDirectory = folder, SqliteSynchronous = "NORMAL" };
        var contexts = new WorkflowDbContextFactory(options);
        try
        {
            await new DatabaseMigrator(contexts).MigrateAsync().ConfigureAwait(false);
            var now = DateTimeOffset.UtcNow;
            var seed = Stopwatch.StartNew();
            await SeedAsync(contexts, openTasks, now).ConfigureAwait(false);
            BenchmarkReport.Line($"seeded {openTasks:#,0} open tasks (+{openTasks / 5:#,0} completed) in {seed.Elapsed.TotalSeconds:0.0} s");

            var inbox = new InboxQuery(contexts, TimeProvider.System);
            (string Name, InboxFilter Filter)[] queries =
            [
                ("meine", new InboxFilter(InboxView.Mine, "cm.ahlen", null)),
                ("gruppe", new InboxFilter(InboxView.Group, "cm.ahlen", ["cm-ahlen"])),
                ("gruppe-ueberfaellig", new InboxFilter(InboxView.Group, "cm.ahlen", ["cm-ahlen"]) { OverdueOnly = true }),
                ("gruppe-prozess", new InboxFilter(InboxView.Group, "cm.ahlen", ["cm-ahlen"]) { ProcessKey = "fallkonferenz" }),
                ("gruppe-absteigend", new InboxFilter(InboxView.Group, "cm.sued1", ["cm-suedkreis"]) { Sort = InboxSort.DueDescending }),
                ("gruppe-selten", new InboxFilter(InboxView.Group, "prozess", ["prozessverantwortung"])),
                ("gruppe-leer", new InboxFilter(InboxView.Group, "admin", ["administration"])),
                ("gruppe-abh", new InboxFilter(InboxView.Group, "abh.bleiberecht", ["abh"])),
                ("alle", new InboxFilter(InboxView.All, "admin", null)),
                ("alle-fall", new InboxFilter(InboxView.All, "admin", null) { BusinessKey = "KIM-2026-00042" }),
                ("alle-koordination-sued", new InboxFilter(InboxView.All, "koord.sued", ["cm-suedkreis", "koordination-suedkreis", "cm-beckum", "koordination-beckum"])),
            ];

            foreach (var (_, filter) in queries)
            {
                for (var i = 0; i < 5; i++)
                {
                    await inbox.ListAsync(filter).ConfigureAwait(false); // warm-up: EF model, compiled queries, page cache
                }
            }

            var all = new List<double>();
            var report = new BenchmarkReport("inbox");
            var rows = new List<IReadOnlyList<string>>();
            foreach (var (name, filter) in queries)
            {
                var samples = new List<double>(iterations);
                var count = 0;
                for (var i = 0; i < iterations; i++)
                {
                    var watch = Stopwatch.StartNew();
                    var page = await inbox.ListAsync(filter).ConfigureAwait(false);
                    samples.Add(watch.Elapsed.TotalMilliseconds);
                    count = page.Items.Count;
                }

                all.AddRange(samples);
                var (p50, p95) = (Percentile(samples, 0.50), Percentile(samples, 0.95));
                rows.Add([name, count.ToString(CultureInfo.InvariantCulture), F(p50), F(p95), F(samples.Max())]);
                report.Add(new Dictionary<string, object?> { ["query"] = name, ["rows"] = count, ["p50_ms"] = Math.Round(p50, 3), ["p95_ms"] = Math.Round(p95, 3) });
            }

            BenchmarkReport.Table(["query", "rows", "p50 ms", "p95 ms", "max ms"], rows);
            var overall = Percentile(all, 0.95);
            BenchmarkReport.Line($"inbox p95 over {all.Count} queries: {F(overall)} ms (target ≤ 20 ms)");
            Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["benchmark"] = "inbox",
                ["inbox_p95_ms"] = Math.Round(overall, 3),
                ["inbox_p50_ms"] = Math.Round(Percentile(all, 0.5), 3),
                ["open_tasks"] = openTasks,
                ["queries"] = all.Count,
                ["store"] = "sqlite",
                ["report"] = JsonDocument.Parse(report.ToJson()).RootElement,
            }));
            return overall <= 20 ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                if (Environment.GetEnvironmentVariable("KIM_BENCH_KEEP") == "1")
                {
                    folder = Path.Combine(folder, "does-not-exist"); // keep the database for EXPLAIN QUERY PLAN
                }

                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // left for the OS to clean
            }
        }
    }

    /// <summary>Open tasks over the districts' groups, coordination, ABH and EBH; 30 % claimed; 80 % with a due date; plus completed history.</summary>
    private static async Task SeedAsync(WorkflowDbContextFactory contexts, int openTasks, DateTimeOffset now)
    {
        var random = new Random(42);
        const int Batch = 10_000;
        var total = openTasks + (openTasks / 5);
        for (var start = 0; start < total; start += Batch)
        {
            await using var db = contexts.Create();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            await using var transaction = await db.Database.BeginTransactionAsync().ConfigureAwait(false);
            for (var n = start; n < Math.Min(total, start + Batch); n++)
            {
                var open = n < openTasks;
                var district = Districts[random.Next(Districts.Length)];
                var roll = random.Next(100);
                var group = (n % 5_000 == 7) ? "prozessverantwortung" : roll switch
                {
                    < 70 => $"cm-{district}",
                    < 80 => $"koordination-{district}",
                    < 90 => "abh",
                    _ => "ebh",
                };
                var id = Guid.CreateVersion7();
                var task = new UserTaskRecord
                {
                    Id = id,
                    InstanceId = Guid.CreateVersion7(),
                    ElementId = "Task_" + (n % 17),
                    Name = "Aufgabe " + (n % 17),
                    ProcessKey = Processes[random.Next(Processes.Length)],
                    BusinessKey = $"KIM-2026-{n % 40_000:00000}",
                    Assignee = random.Next(100) < 30 ? (group.StartsWith("cm-", StringComparison.Ordinal) && district == "ahlen" ? "cm.ahlen" : $"user{random.Next(50)}") : null,
                    DueAt = random.Next(100) < 80 ? now.AddHours(random.Next(-24 * 30, 24 * 90)) : null,
                    Priority = 50,
                    CreatedAt = now.AddDays(-random.Next(200)),
                    State = open ? UserTaskState.Open : UserTaskState.Completed,
                    CompletedAt = open ? null : now.AddDays(-random.Next(100)),
                };
                task.Candidates.Add(new UserTaskCandidateRecord { TaskId = id, Kind = CandidateKind.Group, Value = group });
                db.UserTasks.Add(task);
            }

            await db.SaveChangesAsync().ConfigureAwait(false);
            await transaction.CommitAsync().ConfigureAwait(false);
        }

        await using (var db = contexts.Create())
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE;").ConfigureAwait(false);
        }
    }

    private static double Percentile(List<double> samples, double p)
    {
        var sorted = samples.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static int ReadInt(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
