namespace Kim.Workflows.Runtime.Timers;

/// <summary>
/// How far ahead this node keeps Hangfire jobs for timers (in-memory Hangfire storage only). Start-up schedules the
/// pending timers due up to <see cref="End"/>; the sweep moves the end forward and schedules the timers that came
/// into range; a new timer beyond the end gets its job from the sweep later. So 100,000 reminders spread over months
/// cost a start-up only the few due within the horizon, and the in-memory job store stays small.
/// The end is moved before the database is asked (publish, then query): a timer committed meanwhile is either
/// inside the end its command saw (and scheduled by the outbox handler) or found by the query; at worst it gets two
/// jobs, which is harmless (the database decides; a timer fires once).
/// With PostgreSQL storage (jobs are durable and shared by nodes) every timer is scheduled when it is created.
/// </summary>
public sealed class TimerHorizon
{
    private readonly TimeSpan _span;
    private readonly TimeProvider _time;
    private long _endTicks;

    public TimerHorizon(WorkflowRuntimeOptions options, TimeProvider time)
    {
        _time = time;
        _span = options.HangfireStorage == HangfireStorageKind.InMemory ? options.TimerSchedulingHorizon : TimeSpan.Zero;
        _endTicks = Enabled ? (time.GetUtcNow() + _span).UtcTicks : DateTimeOffset.MaxValue.UtcTicks;
    }

    public bool Enabled => _span > TimeSpan.Zero;

    /// <summary>Timers due up to here have (or get) a job on this node.</summary>
    public DateTimeOffset End => new(Interlocked.Read(ref _endTicks), TimeSpan.Zero);

    public bool Covers(DateTimeOffset dueAt) => dueAt <= End;

    /// <summary>Moves the end to now + horizon (never back); returns the range that came in, (from, to].</summary>
    public (DateTimeOffset From, DateTimeOffset To) Advance()
    {
        if (!Enabled)
        {
            return (DateTimeOffset.MaxValue, DateTimeOffset.MaxValue);
        }

        var to = (_time.GetUtcNow() + _span).UtcTicks;
        while (true)
        {
            var from = Interlocked.Read(ref _endTicks);
            if (to <= from)
            {
                return (new DateTimeOffset(from, TimeSpan.Zero), new DateTimeOffset(from, TimeSpan.Zero));
            }

            if (Interlocked.CompareExchange(ref _endTicks, to, from) == from)
            {
                return (new DateTimeOffset(from, TimeSpan.Zero), new DateTimeOffset(to, TimeSpan.Zero));
            }
        }
    }
}
