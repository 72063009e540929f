using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Kim.Workflows.Engine.Timers;

/// <summary>
/// Due times of marked timers and of user-task due dates on working days. Unmarked timers never come here: they
/// keep the calendar semantics of <see cref="TimerSchedule"/>, so Camunda files run unchanged.
/// </summary>
public static partial class WorkingDayDeadlines
{
    /// <summary>
    /// The German notation of a duration in working days: "10 AT", "10AT", "1 Arbeitstag", "10 Arbeitstage".
    /// </summary>
    public static bool TryParseWorkingDays(string text, out int count)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = WorkingDaysPattern().Match(text.Trim());
        count = 0;
        return match.Success && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out count);
    }

    /// <summary>A period of whole days only (P10D), which on a marked element counts working days.</summary>
    public static bool IsWholeDays(Period period, out int days)
    {
        ArgumentNullException.ThrowIfNull(period);
        days = period.Days;
        return period.Years == 0 && period.Months == 0 && period.Weeks == 0 && !period.HasTimeComponent && period.Days > 0;
    }

    /// <summary>
    /// The next due time of a timer marked with <paramref name="rule"/>: "N AT" and whole-day durations count working
    /// days from <paramref name="now"/>; every other value is computed as usual and then moved onto a working day
    /// (backwards for a reminder), at the same Berlin wall-clock time. Null when the timer fires no more.
    /// </summary>
    /// <exception cref="TimerFormatException">The value is neither a timer value of its kind nor "N AT" for a duration.</exception>
    public static DateTimeOffset? NextDue(
        TimerKind kind, string value, WorkingDayRule rule, WorkingDayCalendar calendar, DateTimeOffset now, DateTimeOffset? previousDue, int firedCount)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(calendar);
        if (kind == TimerKind.Duration && firedCount < 1)
        {
            if (WorkingDayCount(value) is { } count)
            {
                return calendar.AddWorkingDays(now, count);
            }
        }

        var due = TimerSchedule.Parse(kind, value).NextDue(now, previousDue, firedCount);
        return due is { } d ? Move(d, rule, calendar, now) : null;
    }

    /// <summary>
    /// Moves a due time onto a working day. A backwards move that would fall before <paramref name="now"/> (a Friday
    /// reminder planned on Saturday for Monday) keeps the calendar time instead, rather than firing at once.
    /// </summary>
    private static DateTimeOffset Move(DateTimeOffset due, WorkingDayRule rule, WorkingDayCalendar calendar, DateTimeOffset now)
    {
        var moved = calendar.Move(due, rule.Backwards);
        return rule.Backwards && moved < now && due >= now ? due.ToUniversalTime() : moved;
    }

    /// <summary>
    /// A user task's due date from its evaluated <c>camunda:dueDate</c>: an ISO 8601 date, an ISO 8601 duration from now,
    /// or "N AT". Every due date lands on a working day (a person must act by then); whole-day durations count working
    /// days only when the task is marked, so an unmarked P14D stays fourteen calendar days, moved off a weekend or holiday.
    /// </summary>
    /// <exception cref="TimerFormatException">The text is no date or duration.</exception>
    public static DateTimeOffset DueDate(string text, WorkingDayRule? rule, WorkingDayCalendar calendar, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(calendar);
        var value = text.Trim();
        if (TryParseWorkingDays(value, out var count))
        {
            return calendar.AddWorkingDays(now, count);
        }

        if (rule is not null && TimerValueParser.TryParsePeriod(value, out var period) && IsWholeDays(period, out var days))
        {
            return calendar.AddWorkingDays(now, days);
        }

        var kind = value.StartsWith('P') ? TimerKind.Duration : TimerKind.Date;
        var due = TimerSchedule.Parse(kind, value).NextDue(now, null, 0)!.Value;
        return rule is null ? calendar.Move(due, backwards: false) : Move(due, rule, calendar, now);
    }

    /// <summary>Checks a literal value of a marked duration timer ("N AT" is allowed there); for the validator.</summary>
    /// <exception cref="TimerFormatException">The value is invalid.</exception>
    public static void Validate(TimerKind kind, string value)
    {
        if (kind == TimerKind.Duration && TryParseWorkingDays(value, out _))
        {
            return;
        }

        TimerSchedule.Parse(kind, value);
    }

    private static int? WorkingDayCount(string value)
    {
        var text = value.Trim();
        if (TryParseWorkingDays(text, out var count))
        {
            return count;
        }

        return TimerValueParser.TryParsePeriod(text, out var period) && IsWholeDays(period, out var days) ? days : null;
    }

    [GeneratedRegex(@"^(\d{1,4})\s*(?:AT|Arbeitstage?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WorkingDaysPattern();
}
