using System.Globalization;
using NodaTime;
using NodaTime.Calendars;

namespace Kim.Workflows.Engine.Feel;

/// <summary>Temporal functions; now() and today() read the injected clock and use the engine's time zone.</summary>
internal static partial class FeelBuiltins
{
    private static readonly string[] DayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private static void AddTemporal(Action<string, string[], Func<FeelArgs, object?>> add)
    {
        add("day of year", ["date"], a => DateOf(a[0]) is { } d ? (decimal)d.DayOfYear : null);
        add("day of week", ["date"], a => DateOf(a[0]) is { } d ? DayNames[(int)d.DayOfWeek - 1] : null);
        add("month of year", ["date"], a => DateOf(a[0]) is { } d
            ? CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(d.Month)
            : null);
        add("week of year", ["date"], a => DateOf(a[0]) is { } d ? (decimal)WeekYearRules.Iso.GetWeekOfWeekYear(d) : null);
        add("now", [], a => Now(a.Interpreter));
        add("today", [], a => Now(a.Interpreter).DateTime.Date);
    }

    private static LocalDate? DateOf(object? value) => value switch
    {
        LocalDate d => d,
        FeelDateTime dt => dt.DateTime.Date,
        _ => null,
    };

    private static FeelDateTime Now(FeelInterpreter interpreter)
    {
        var instant = Instant.FromDateTimeOffset(interpreter.Clock.GetUtcNow());
        var zone = FeelZones.Get(interpreter.TimeZone)!;
        return new FeelDateTime(instant.InZone(zone).LocalDateTime, null, interpreter.TimeZone);
    }
}
