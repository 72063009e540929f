using System.Globalization;
using Kim.Workflows.Engine.Timers;
using Microsoft.Extensions.Time.Testing;

namespace Kim.Workflows.Tests.Shared;

/// <summary>
/// The one clock every test fixture starts from. By default 2026-12-31T23:30Z: still 31 December in UTC but
/// already 1 January (00:30) in Berlin, so a test that mixes up the UTC date and the Berlin date, or the old
/// year and the new one, fails every time instead of once a day. Tests that need another instant pass it
/// explicitly. <c>KIM_TEST_CLOCK</c> (an ISO 8601 instant with offset, e.g. <c>2026-03-29T00:30:00Z</c>,
/// the night of the switch to summer time) moves the default for a whole run.
/// </summary>
public static class TestClock
{
    public const string Variable = "KIM_TEST_CLOCK";

    public static readonly DateTimeOffset Default = new(2026, 12, 31, 23, 30, 0, TimeSpan.Zero);

    /// <summary>The start instant of this run: <see cref="Default"/> or the value of <c>KIM_TEST_CLOCK</c>.</summary>
    public static DateTimeOffset Now { get; } = Parse(Environment.GetEnvironmentVariable(Variable));

    /// <summary>A fake clock at <paramref name="now"/>, or at <see cref="Now"/>.</summary>
    public static FakeTimeProvider At(DateTimeOffset? now = null) => new(now ?? Now);

    /// <summary>A Berlin wall-clock time as an instant (CET/CEST from the application's calendar).</summary>
    public static DateTimeOffset Berlin(int year, int month, int day, int hour = 12, int minute = 0) =>
        BerlinCalendar.At(new DateOnly(year, month, day), new TimeOnly(hour, minute));

    /// <summary>Today in Berlin at <see cref="Now"/>.</summary>
    public static DateOnly BerlinToday => BerlinCalendar.DateOf(Now);

    internal static DateTimeOffset Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Default;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant.ToUniversalTime()
            : throw new InvalidOperationException($"{Variable}='{value}' is not an ISO 8601 instant such as 2026-03-29T00:30:00Z.");
    }
}
