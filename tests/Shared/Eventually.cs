using System.Diagnostics;

namespace Kim.Workflows.Tests.Shared;

/// <summary>Bounded polling for what Hangfire does in the background (never a fixed sleep).</summary>
public static class Eventually
{
    public static async Task<T> WaitForAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(20);
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (watch.Elapsed > limit)
            {
                throw new TimeoutException($"Waited {limit.TotalSeconds:0} s for {what}; last value: {value}");
            }

            await Task.Delay(25);
        }
    }

    public static Task WaitForAsync(Func<Task<bool>> probe, string what, TimeSpan? timeout = null) => WaitForAsync(probe, v => v, what, timeout);
}
