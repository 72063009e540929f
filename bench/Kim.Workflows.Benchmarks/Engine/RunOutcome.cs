namespace Kim.Workflows.Benchmarks.Engine;

/// <summary>One timed run of one peer: n instances started, how many completed, in what time.</summary>
/// <param name="AllocatedBytes">Bytes allocated during the run (null when not measured).</param>
/// <param name="Note">Why the run is not a clean figure (stall, time limit), or null.</param>
/// <param name="CpuTime">CPU time of the whole process during the run (null when not measured); unlike wall-clock
/// time it hardly grows when other processes compete for the cores.</param>
internal sealed record RunOutcome(int N, int Completed, TimeSpan Elapsed, long? AllocatedBytes, string? Note, TimeSpan? CpuTime = null)
{
    public double? CpuMicrosecondsPerInstance => CpuTime?.TotalMicroseconds / N;

    public bool Finished => Completed == N;

    public double PerSecond => N / Elapsed.TotalSeconds;

    public double MicrosecondsPerInstance => Elapsed.TotalMicroseconds / N;
}
