using System.Diagnostics;
using System.Reflection;
using Kim.Workflows.Engine.Commands;
using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Persistence;

namespace Kim.Workflows.Benchmarks.Engine;

/// <summary>
/// Our engine in memory: the 10-step BPMN file deployed in an <see cref="InMemoryDefinitionRepository"/>,
/// instances started through the public command facade <see cref="WorkflowEngine.StartAsync(string, string?, IReadOnlyDictionary{string, object?}?, CommandContext?, CancellationToken)"/>.
/// Every instance runs to its end event inside its start command.
/// </summary>
internal static class OurEnginePeer
{
    public const string ProcessKey = "bench-straight-10";

    private static readonly Lazy<string> Bpmn = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Kim.Workflows.Benchmarks.Engine.straight-through-10.bpmn")
            ?? throw new InvalidOperationException("Embedded benchmark BPMN file is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>A fresh engine: definitions, a store that drops ended instances, the system clock, UUID v7 ids.</summary>
    public static (WorkflowEngine Engine, InMemoryInstanceStore Store) Create()
    {
        var definitions = new InMemoryDefinitionRepository();
        var deployment = definitions.Deploy(Bpmn.Value);
        if (!deployment.Success)
        {
            throw new InvalidOperationException("Benchmark BPMN file does not validate: "
                + string.Join("; ", deployment.Problems.Select(p => $"{p.ElementId}: {p.Message}")));
        }

        var store = new InMemoryInstanceStore(keepEnded: false);
        var engine = new WorkflowEngine(definitions, store, TimeProvider.System, new SequentialIdGenerator(TimeProvider.System));
        return (engine, store);
    }

    /// <summary>
    /// Starts n instances one after another on the calling thread; measures wall-clock time and the bytes this
    /// thread allocated (the commands complete synchronously, so the whole run stays on this thread).
    /// </summary>
    public static async Task<RunOutcome> RunSequentialAsync(int n)
    {
        var (engine, store) = Create();
        var completed = 0;
        var thread = Environment.CurrentManagedThreadId;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < n; i++)
        {
            var result = await engine.StartAsync(ProcessKey, null, null).ConfigureAwait(false);
            if (result.Instance is { Status: InstanceStatus.Completed })
            {
                completed++;
            }
        }

        clock.Stop();
        var cpu = Environment.CpuUsage.TotalTime - cpuBefore;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var sameThread = thread == Environment.CurrentManagedThreadId;
        return new RunOutcome(n, completed, clock.Elapsed, sameThread ? allocated : null, Verify(n, completed, store), cpu);
    }

    /// <summary>Starts n instances from <paramref name="workers"/> threads sharing one engine and store.</summary>
    public static async Task<RunOutcome> RunParallelAsync(int n, int workers)
    {
        var (engine, store) = Create();
        var completed = 0;
        var next = -1;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            var mine = 0;
            while (Interlocked.Increment(ref next) < n)
            {
                var result = await engine.StartAsync(ProcessKey, null, null).ConfigureAwait(false);
                if (result.Instance is { Status: InstanceStatus.Completed })
                {
                    mine++;
                }
            }

            Interlocked.Add(ref completed, mine);
        })).ToArray();
        await Task.WhenAll(tasks).ConfigureAwait(false);
        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return new RunOutcome(n, completed, clock.Elapsed, allocated, Verify(n, completed, store));
    }

    /// <summary>Every instance must have ended Completed in its command, and the store (which drops ended instances) must be empty.</summary>
    private static string? Verify(int n, int completed, InMemoryInstanceStore store)
    {
        var left = store.Count;
        return completed == n && left == 0 ? null : $"only {completed} of {n} instances completed; {left} still in the store";
    }
}
