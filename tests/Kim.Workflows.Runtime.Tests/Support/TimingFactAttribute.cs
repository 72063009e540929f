namespace Kim.Workflows.Runtime.Tests.Support;

/// <summary>
/// A timing proof (e.g. 100,000 timers re-scheduled in ≤ 10 s). It measures the machine as much as the code,
/// so it runs only when asked: <c>KIM_TIMING_TESTS=1 dotnet test …</c> (the benchmark project reports the same figure).
/// </summary>
public sealed class TimingFactAttribute : FactAttribute
{
    public TimingFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("KIM_TIMING_TESTS") != "1")
        {
            Skip = "Timing test: set KIM_TIMING_TESTS=1 to run it.";
        }
    }
}
