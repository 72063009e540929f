using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace Kim.Workflows.Benchmarks.Engine;

/// <summary>
/// WorkflowCore 3.22 in memory (its default persistence, queue and lock providers): a 10-step workflow of
/// steps that return <see cref="ExecutionResult.Next"/>. Completions are counted inside the last step
/// (TOOLCHAIN.md gotcha 10: its lifecycle events lag far behind under load and look like a stall).
/// </summary>
internal static class WorkflowCorePeer
{
    public const string WorkflowId = "bench-straight-10";

    /// <summary>
    /// Starts n instances with a fresh host and waits until the last step ran n times or the time limit passed.
    /// Time runs from the first start to the last completion; the limit covers starting too.
    /// </summary>
    public static async Task<RunOutcome> RunAsync(int n, TimeSpan limit)
    {
        var counter = new CompletionCounter(n);
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddWorkflow();
        services.AddSingleton(counter);
        services.AddTransient<PassStep>();
        services.AddTransient<CountingStep>();
        await using var provider = services.BuildServiceProvider();
        var host = provider.GetRequiredService<IWorkflowHost>();
        host.RegisterWorkflow<StraightThroughWorkflow, BenchData>();
        await host.StartAsync(CancellationToken.None).ConfigureAwait(false);

        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var started = 0;
        for (; started < n && clock.Elapsed < limit; started++)
        {
            await host.StartWorkflow(WorkflowId, 1, new BenchData()).ConfigureAwait(false);
        }

        var startSeconds = clock.Elapsed.TotalSeconds;
        var remaining = limit - clock.Elapsed;
        var finished = remaining > TimeSpan.Zero
            && await Task.WhenAny(counter.AllDone, Task.Delay(remaining)).ConfigureAwait(false) == counter.AllDone;
        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var completed = counter.Count;

        // Stopping can hang when the host is swamped; do not let it eat the benchmark's time.
        var stop = host.StopAsync(CancellationToken.None);
        await Task.WhenAny(stop, Task.Delay(TimeSpan.FromSeconds(10))).ConfigureAwait(false);

        var note = finished ? null
            : $"stalled: {completed} of {n} completed within the {limit.TotalSeconds:0} s limit ({started} started, starting took {startSeconds:0.0} s)";
        return new RunOutcome(n, completed, clock.Elapsed, allocated, note);
    }

    /// <summary>Counts completions of the last step and signals when the target is reached.</summary>
    internal sealed class CompletionCounter(int target)
    {
        private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _count;

        public Task AllDone => _done.Task;

        public int Count => Volatile.Read(ref _count);

        public void Increment()
        {
            if (Interlocked.Increment(ref _count) == target)
            {
                _done.TrySetResult();
            }
        }
    }

    internal sealed class BenchData;

    internal sealed class PassStep : StepBody
    {
        public override ExecutionResult Run(IStepExecutionContext context) => ExecutionResult.Next();
    }

    internal sealed class CountingStep(CompletionCounter counter) : StepBody
    {
        public override ExecutionResult Run(IStepExecutionContext context)
        {
            counter.Increment();
            return ExecutionResult.Next();
        }
    }

    internal sealed class StraightThroughWorkflow : IWorkflow<BenchData>
    {
        public string Id => WorkflowId;

        public int Version => 1;

        public void Build(IWorkflowBuilder<BenchData> builder) =>
            builder
                .StartWith<PassStep>()   // 1
                .Then<PassStep>()        // 2
                .Then<PassStep>()        // 3
                .Then<PassStep>()        // 4
                .Then<PassStep>()        // 5
                .Then<PassStep>()        // 6
                .Then<PassStep>()        // 7
                .Then<PassStep>()        // 8
                .Then<PassStep>()        // 9
                .Then<CountingStep>();   // 10: counts the completed instance
    }
}
