using NodaTime;

namespace Kim.Workflows.Engine.Feel;

/// <summary><c>value.member</c>: context entries, properties of dates, times, durations and ranges; mapped over lists.</summary>
internal static class FeelPaths
{
    public static object? Member(object? value, string member) => value switch
    {
        FeelContext context => context.TryGet(member, out var entry) ? entry : null,
        List<object?> list => list.Select(item => Member(item, member)).ToList(),
        LocalDate date => DateMember(date, member),
        FeelDateTime dateTime => DateMember(dateTime.DateTime.Date, member) ?? TimeMember(dateTime.DateTime.TimeOfDay, dateTime.EffectiveOffset?.Seconds, dateTime.Zone, member),
        FeelTime time => TimeMember(time.Time, FeelCompare.TimeOffset(time), time.Zone, member),
        FeelDayTimeDuration d => DayTimeMember(d, member),
        FeelYearMonthDuration d => member switch
        {
            "years" => (decimal)(d.Months / 12),
            "months" => (decimal)(d.Months % 12),
            _ => null,
        },
        FeelRange range => member switch
        {
            "start" => range.Start,
            "end" => range.End,
            "start included" => range.StartIncluded,
            "end included" => range.EndIncluded,
            _ => null,
        },
        _ => null,
    };

    private static object? DateMember(LocalDate date, string member) => member switch
    {
        "year" => (decimal)date.Year,
        "month" => (decimal)date.Month,
        "day" => (decimal)date.Day,
        "weekday" => (decimal)(int)date.DayOfWeek,
        _ => null,
    };

    private static object? TimeMember(LocalTime time, int? offsetSeconds, string? zone, string member) => member switch
    {
        "hour" => (decimal)time.Hour,
        "minute" => (decimal)time.Minute,
        "second" => time.Second + (time.NanosecondOfSecond / 1_000_000_000m),
        "time offset" => offsetSeconds is { } offset ? new FeelDayTimeDuration(offset) : null,
        "timezone" => zone,
        _ => null,
    };

    private static object? DayTimeMember(FeelDayTimeDuration d, string member)
    {
        var sign = d.Seconds < 0 ? -1 : 1;
        var abs = Math.Abs(d.Seconds);
        return member switch
        {
            "days" => sign * decimal.Floor(abs / 86400),
            "hours" => sign * decimal.Floor(abs % 86400 / 3600),
            "minutes" => sign * decimal.Floor(abs % 3600 / 60),
            "seconds" => sign * (abs % 60),
            _ => null,
        };
    }
}
