using System.Collections.Concurrent;
using System.Diagnostics;
using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Execution.Journal;
using Kim.Workflows.Runtime.Outbox;
using Kim.Workflows.Runtime.Persistence;
using Kim.Workflows.Runtime.Persistence.Entities;
using Kim.Workflows.Runtime.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Kim.Workflows.Runtime.Tests.Crash;

/// <summary>
/// A runtime host in a child process (<c>Kim.Workflows.Runtime.CrashHost</c>) under a mixed load: starts, timers of
/// 1-3 s coming due, task completions. It is killed with SIGKILL at random moments (seeded: after a random number of
/// acknowledged commands, sometimes during start-up), five times, and restarted on the same SQLite file; a last run
/// finishes the load. Then nothing acknowledged is lost, nothing is doubled, every timer fired exactly once and every
/// outbox effect was applied at least once under its stable idempotency key. The mail window: every task sends a notice
/// through the application's mail outbox to a real SMTP server in this process; every notice arrives, and a notice arrives
/// twice (same Message-Id) only if it was with the server at a kill: at most MaxConcurrentSends per kill.
/// </summary>
public sealed class CrashTests(ITestOutputHelper output)
{
    private const int Instances = 200;
    private const int Kills = 5;

    /// <summary>The crash host's <c>MailOptions.MaxConcurrentSends</c> (MailWindow.MaxConcurrentSends there).</summary>
    private const int MaxConcurrentSends = 2;

    [Fact]
    public async Task Killing_the_host_five_times_loses_and_doubles_nothing()
    {
        using var folder = new TempDirectory();
        var data = Path.Combine(folder.Path, "data");
        var workflows = Directory.CreateDirectory(Path.Combine(folder.Path, "workflows")).FullName;
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Timers/timer-wait.bpmn"), Path.Combine(workflows, "timer-wait.bpmn"));
        var effectLog = Path.Combine(folder.Path, "effects.log");
        var random = new Random(20261125);
        var started = new ConcurrentDictionary<string, Guid>();
        var completed = new ConcurrentDictionary<Guid, bool>();
        var watch = Stopwatch.StartNew();
        await using var smtp = await SmtpTestServer.StartAsync();

        for (var run = 0; run < Kills; run++)
        {
            // 0 = kill during start-up (migration, deployment, re-scheduling, outbox); otherwise after that many acks.
            var killAfter = run == 1 ? 0 : random.Next(5, 60);
            await using var child = ChildHost.Start(data, workflows, effectLog, smtp.Port, Instances, started, completed);
            await child.WaitForAsync(() => killAfter == 0 ? child.Booting : child.Acks >= killAfter, $"run {run}: {killAfter} acknowledgements");
            child.Kill();
            output.WriteLine($"run {run}: killed after {child.Acks} acks{(killAfter == 0 ? " (during start-up)" : "")}, at {watch.Elapsed.TotalSeconds:0.0} s");
        }

        await using (var last = ChildHost.Start(data, workflows, effectLog, smtp.Port, Instances, started, completed))
        {
            await Eventually.WaitForAsync(() => AllDoneAsync(data), $"all {Instances} instances to complete after the last restart", TimeSpan.FromSeconds(45));
            last.Kill();
            output.WriteLine($"last run: {last.Acks} acks; done at {watch.Elapsed.TotalSeconds:0.0} s");
        }

        Assert.False(started.IsEmpty || completed.IsEmpty);
        await using var db = Open(data);
        var instances = await db.Instances.AsNoTracking().ToListAsync();

        // No instance lost or doubled: one per business key, every acknowledged start is there, all completed.
        Assert.Equal(Instances, instances.Count);
        Assert.Equal(Instances, instances.Select(i => i.BusinessKey).Distinct().Count());
        Assert.All(started, s => Assert.Contains(instances, i => i.Id == s.Value && i.BusinessKey == s.Key));
        Assert.All(instances, i => Assert.Equal(InstanceStatus.Completed, i.Status));
        var journal = await db.Journal.AsNoTracking().ToListAsync();
        Assert.All(instances, i => Assert.Single(journal, j => j.InstanceId == i.Id && j.Kind == JournalEntryKind.InstanceStarted));
        Assert.All(instances, i => Assert.Single(journal, j => j.InstanceId == i.Id && j.Kind == JournalEntryKind.InstanceCompleted));

        // No task lost or doubled: one row per instance, completed once; acknowledged completions are there.
        var tasks = await db.UserTasks.AsNoTracking().ToListAsync();
        Assert.Equal(Instances, tasks.Count);
        Assert.All(instances, i => Assert.Single(tasks, t => t.InstanceId == i.Id));
        Assert.All(tasks, t => Assert.Equal(UserTaskState.Completed, t.State));
        Assert.All(completed.Keys, id => Assert.Contains(tasks, t => t.Id == id));
        Assert.All(instances, i => Assert.Single(journal, j => j.InstanceId == i.Id && j.Kind == JournalEntryKind.ElementCompleted && j.ElementId == "nachfassen"));

        // Every timer fired exactly once.
        var timers = await db.Timers.AsNoTracking().ToListAsync();
        Assert.Equal(Instances, timers.Count);
        Assert.All(timers, t => Assert.True(t.Status == TimerStatus.Fired && t.FiredCount == 1, $"timer {t.Id}: {t.Status}, fired {t.FiredCount}"));
        Assert.All(instances, i => Assert.Single(journal, j => j.InstanceId == i.Id && j.Kind == JournalEntryKind.ElementCompleted && j.ElementId == "warten"));

        // Every outbox effect applied (at least once) under its stable key.
        var outbox = await db.Outbox.AsNoTracking().ToListAsync();
        Assert.All(outbox, o => Assert.True(o.DoneAt is not null, $"outbox row {o.Id} not applied"));
        var applied = (await File.ReadAllLinesAsync(effectLog)).Where(l => l.Length > 0).ToList();
        var taskEffects = outbox.Where(o => o.Kind == OutboxKinds.UserTaskCreated).Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(Instances, taskEffects.Count);
        Assert.All(taskEffects, key => Assert.Contains(key, applied));
        Assert.All(applied, key => Assert.Contains(key, taskEffects));
        output.WriteLine($"{started.Count} starts and {completed.Count} completions acknowledged; {applied.Count} effect applications for {taskEffects.Count} effects");

        // The mail window: every task's notice arrived; doubles (same Message-Id) only from mails with the server at a kill.
        var notices = smtp.Messages.GroupBy(m => m.MessageId ?? "", StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Assert.All(tasks, t => Assert.True(notices.ContainsKey($"{t.Id:N}.aufgabe@crash.example"), $"no notice for task {t.Id}"));
        Assert.Equal(Instances, notices.Count);
        var doubles = notices.Values.Sum(n => n - 1);
        output.WriteLine($"{smtp.Messages.Count} notices delivered for {notices.Count} tasks: {doubles} doubles after {Kills} kills (bound {Kills * MaxConcurrentSends})");
        Assert.InRange(doubles, 0, Kills * MaxConcurrentSends);
        Assert.Equal([("Sent", (long)Instances)], await MailStatesAsync(data));
    }

    private static async Task<List<(string, long)>> MailStatesAsync(string data)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "kim-workflows.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Status, count(*) FROM app_mails GROUP BY Status ORDER BY Status";
        var states = new List<(string, long)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            states.Add((reader.GetString(0), reader.GetInt64(1)));
        }

        return states;
    }

    private static WorkflowDbContext Open(string data) =>
        new WorkflowDbContextFactory(new WorkflowRuntimeOptions { DataDirectory = data }).Create();

    private static async Task<bool> AllDoneAsync(string data)
    {
        if (!File.Exists(Path.Combine(data, "kim-workflows.db")))
        {
            return false;
        }

        try
        {
            await using var db = Open(data);
            return await db.Instances.CountAsync(i => i.Status == InstanceStatus.Completed) == Instances
                && !await db.Outbox.AnyAsync(o => o.DoneAt == null);
        }
        catch (SqliteException)
        {
            return false; // not migrated yet
        }
    }

    /// <summary>The crash host as a child process, with its acknowledgements read from stdout.</summary>
    private sealed class ChildHost : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly Task _reader;
        private readonly StringWriter _errors = new();
        private int _acks;
        private volatile bool _booting;

        private ChildHost(Process process, ConcurrentDictionary<string, Guid> started, ConcurrentDictionary<Guid, bool> completed)
        {
            _process = process;
            _reader = Task.Run(async () =>
            {
                while (await process.StandardOutput.ReadLineAsync() is { } line)
                {
                    var parts = line.Split(' ');
                    switch (parts[0])
                    {
                        case "booting":
                            _booting = true;
                            break;
                        case "S":
                            Assert.True(started.TryAdd(parts[1], Guid.Parse(parts[2])), $"{parts[1]} started twice");
                            Interlocked.Increment(ref _acks);
                            break;
                        case "C":
                            Assert.True(completed.TryAdd(Guid.Parse(parts[1]), true), $"task {parts[1]} completed twice");
                            Interlocked.Increment(ref _acks);
                            break;
                    }
                }
            });
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is not null)
                {
                    lock (_errors)
                    {
                        _errors.WriteLine(e.Data);
                    }
                }
            };
            process.BeginErrorReadLine();
        }

        public int Acks => Volatile.Read(ref _acks);

        public bool Booting => _booting;

        public static ChildHost Start(
            string data, string workflows, string effectLog, int smtpPort, int instances, ConcurrentDictionary<string, Guid> started, ConcurrentDictionary<Guid, bool> completed)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            var invariant = System.Globalization.CultureInfo.InvariantCulture;
            foreach (var argument in new[] { HostDll(), data, workflows, effectLog, instances.ToString(invariant), smtpPort.ToString(invariant) })
            {
                start.ArgumentList.Add(argument);
            }

            return new ChildHost(Process.Start(start)!, started, completed);
        }

        public async Task WaitForAsync(Func<bool> condition, string what)
        {
            await Eventually.WaitForAsync(() => Task.FromResult(condition() || _process.HasExited), what, TimeSpan.FromSeconds(30));
            if (_process.HasExited)
            {
                await _reader;
                throw new InvalidOperationException($"The crash host ended by itself ({_process.ExitCode}): {Errors()}");
            }
        }

        /// <summary>SIGKILL: no shutdown code runs.</summary>
        public void Kill()
        {
            if (!_process.HasExited)
            {
                _process.Kill();
            }
        }

        public async ValueTask DisposeAsync()
        {
            Kill();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(timeout.Token);
            await _reader; // surfaces "started twice" and the like
            _process.Dispose();
        }

        private string Errors()
        {
            lock (_errors)
            {
                return _errors.ToString();
            }
        }

        /// <summary>tests/Kim.Workflows.Runtime.CrashHost/bin/&lt;configuration&gt;/&lt;tfm&gt;/, built as a project reference of this project.</summary>
        private static string HostDll()
        {
            var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = output.Parent!.Name;
            var tests = output.Parent.Parent!.Parent!.Parent!.FullName;
            var dll = Path.Combine(tests, "Kim.Workflows.Runtime.CrashHost", "bin", configuration, output.Name, "Kim.Workflows.Runtime.CrashHost.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException("The crash host is not built.", dll);
        }
    }
}
