using NodaTime;

namespace Kim.Workflows.Engine.Timers;

/// <summary>
/// Which Berlin dates are working days: not Saturday or Sunday, not an NRW public holiday, not a configured
/// closure day. An instance is handed to the engine (<see cref="Execution.ExecutorOptions.WorkingDays"/>) so that
/// each host brings its own closure days. Moving an instant keeps its Berlin wall-clock time (09:00 stays 09:00
/// across a DST change).
/// </summary>
public sealed class WorkingDayCalendar
{
    // Ten years of deadlines are far more than a case needs; the guard only stops a calendar without working days.
    private const int MaxSearchDays = 3660;

    private readonly ClosureDay[] _closures;

    public WorkingDayCalendar(IEnumerable<ClosureDay>? closureDays = null)
    {
        _closures = closureDays?.ToArray() ?? [];
    }

    /// <summary>Weekends and NRW public holidays only.</summary>
    public static WorkingDayCalendar Nrw { get; } = new();

    public IReadOnlyList<ClosureDay> ClosureDays => _closures;

    /// <summary>Builds a calendar from configured texts such as <c>24.12.</c>, <c>31.12.</c>, <c>15.06.2027</c>.</summary>
    /// <exception cref="FormatException">A text is no closure day (German message naming it).</exception>
    public static WorkingDayCalendar FromClosureTexts(IEnumerable<string>? texts) =>
        new((texts ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(ClosureDay.Parse));

    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !IsHoliday(date)
        && !Array.Exists(_closures, c => c.Matches(date));

    public static bool IsHoliday(DateOnly date)
    {
        foreach (var (day, _) in NrwHolidays.Of(date.Year))
        {
            if (day == date)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The date itself when it is a working day, else the next one.</summary>
    public DateOnly OnOrAfter(DateOnly date) => Step(date, 1);

    /// <summary>The date itself when it is a working day, else the previous one.</summary>
    public DateOnly OnOrBefore(DateOnly date) => Step(date, -1);

    /// <summary>
    /// The date <paramref name="count"/> working days after <paramref name="start"/> (the start day itself is not
    /// counted, as in "within 10 working days"). Zero gives the start date moved onto a working day.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var date = start;
        for (var left = count; left > 0; left--)
        {
            date = OnOrAfter(date.AddDays(1));
        }

        return count == 0 ? OnOrAfter(start) : date;
    }

    /// <summary>An instant moved to a working day (forward or backward), at the same Berlin wall-clock time; UTC.</summary>
    public DateTimeOffset Move(DateTimeOffset instant, bool backwards)
    {
        var local = Instant.FromDateTimeOffset(instant).InZone(BerlinCalendar.Zone).LocalDateTime;
        var date = local.Date.ToDateOnly();
        var target = backwards ? OnOrBefore(date) : OnOrAfter(date);
        return target == date ? instant.ToUniversalTime() : AtSameTime(target, local.TimeOfDay);
    }

    /// <summary>An instant <paramref name="count"/> working days later, at the same Berlin wall-clock time; UTC.</summary>
    public DateTimeOffset AddWorkingDays(DateTimeOffset instant, int count)
    {
        var local = Instant.FromDateTimeOffset(instant).InZone(BerlinCalendar.Zone).LocalDateTime;
        return AtSameTime(AddWorkingDays(local.Date.ToDateOnly(), count), local.TimeOfDay);
    }

    private static DateTimeOffset AtSameTime(DateOnly date, LocalTime time) =>
        BerlinCalendar.At(date, time.ToTimeOnly()).ToUniversalTime();

    private DateOnly Step(DateOnly date, int direction)
    {
        var current = date;
        for (var i = 0; i < MaxSearchDays; i++)
        {
            if (IsWorkingDay(current))
            {
                return current;
            }

            current = current.AddDays(direction);
        }

        throw new InvalidOperationException($"No working day within {MaxSearchDays} days of {date:yyyy-MM-dd}: check the closure days.");
    }
}
