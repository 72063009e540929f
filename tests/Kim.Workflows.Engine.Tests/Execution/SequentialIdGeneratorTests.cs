using Kim.Workflows.Engine.Execution;
using Microsoft.Extensions.Time.Testing;

namespace Kim.Workflows.Engine.Tests.Execution;

public class SequentialIdGeneratorTests
{
    private static readonly DateTimeOffset Now = new(2030, 1, 15, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Ids_are_version_7_with_the_clock_in_milliseconds()
    {
        var ids = new SequentialIdGenerator(new FakeTimeProvider(Now));
        var id = ids.NewId();
        Assert.Equal(7, id.Version);
        Assert.Equal(0b1000, id.Variant & 0b1100);
        var bytes = id.ToByteArray(bigEndian: true);
        var milliseconds = 0L;
        for (var i = 0; i < 6; i++)
        {
            milliseconds = (milliseconds << 8) | bytes[i];
        }

        Assert.Equal(Now.ToUnixTimeMilliseconds(), milliseconds);
    }

    [Fact]
    public void Ids_increase_strictly_while_the_clock_stands_still_or_steps_back()
    {
        var clock = new SettableClock { Now = Now };
        var ids = new SequentialIdGenerator(clock);
        var previous = ids.NewId();
        for (var i = 0; i < 10_000; i++)
        {
            if (i == 5_000)
            {
                clock.Now = Now.AddSeconds(-1); // FakeTimeProvider refuses to go back
            }

            var next = ids.NewId();
            Assert.True(string.CompareOrdinal(previous.ToString(), next.ToString()) < 0, $"{previous} !< {next} at {i}");
            Assert.Equal(7, next.Version);
            previous = next;
        }
    }

    [Fact]
    public void Ids_are_unique_across_threads()
    {
        var ids = new SequentialIdGenerator(TestClock.At());
        var all = new System.Collections.Concurrent.ConcurrentBag<Guid>();
        Parallel.For(0, 4, _ =>
        {
            for (var i = 0; i < 20_000; i++)
            {
                all.Add(ids.NewId());
            }
        });
        Assert.Equal(80_000, all.Distinct().Count());
    }

    private sealed class SettableClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
