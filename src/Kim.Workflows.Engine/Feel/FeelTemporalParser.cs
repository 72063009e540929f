using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Kim.Workflows.Engine.Feel;

/// <summary>Reads the ISO 8601 forms FEEL accepts for dates, times, date-times and durations.</summary>
internal static partial class FeelTemporalParser
{
    [GeneratedRegex(@"^(-?(?:\d{4}|[1-9]\d{4,8}))-(\d\d)-(\d\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(\d\d):(\d\d):(\d\d)(\.\d+)?(?:(Z|z)|([+-]\d\d:\d\d(?::\d\d)?)|@([A-Za-z][A-Za-z0-9_/+\-]*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^(-)?P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();

    /// <summary>The value of <c>@"…"</c>: a date-time, date, time or duration; null when none fits.</summary>
    public static object? ParseAtLiteral(string text)
    {
        var beforeZone = text.Split('@')[0];
        if (beforeZone.Contains('T', StringComparison.Ordinal) && !text.StartsWith('P') && !text.StartsWith("-P", StringComparison.Ordinal))
        {
            return ParseDateTime(text);
        }

        return (object?)ParseDate(text) ?? (object?)ParseTime(text) ?? ParseDuration(text);
    }

    public static LocalDate? ParseDate(string text)
    {
        var match = DatePattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var year = long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
        return MakeDate(year, month, day);
    }

    public static LocalDate? MakeDate(long year, long month, long day)
    {
        if (year < -9998 || year > 9999 || month < 1 || month > 12 || day < 1)
        {
            return null;
        }

        return day > CalendarSystem.Iso.GetDaysInMonth((int)year, (int)month) ? null : new LocalDate((int)year, (int)month, (int)day);
    }

    public static FeelTime? ParseTime(string text)
    {
        var match = TimePattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var hour = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        var second = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
        if (hour > 23 || minute > 59 || second > 59)
        {
            return null;
        }

        var nanos = 0L;
        if (match.Groups[4].Success)
        {
            var fraction = match.Groups[4].Value[1..];
            fraction = fraction.Length > 9 ? fraction[..9] : fraction.PadRight(9, '0');
            nanos = long.Parse(fraction, CultureInfo.InvariantCulture);
        }

        var time = new LocalTime(hour, minute, second).PlusNanoseconds(nanos);
        if (match.Groups[5].Success)
        {
            return new FeelTime(time, 0);
        }

        if (match.Groups[6].Success)
        {
            var offset = ParseOffset(match.Groups[6].Value);
            return offset is null ? null : new FeelTime(time, offset);
        }

        if (match.Groups[7].Success)
        {
            return FeelZones.Get(match.Groups[7].Value) is null ? null : new FeelTime(time, null, match.Groups[7].Value);
        }

        return new FeelTime(time);
    }

    private static int? ParseOffset(string text)
    {
        var sign = text[0] == '-' ? -1 : 1;
        var parts = text[1..].Split(':');
        var hours = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var minutes = int.Parse(parts[1], CultureInfo.InvariantCulture);
        var seconds = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : 0;
        if (hours > 18 || minutes > 59 || seconds > 59)
        {
            return null;
        }

        return sign * ((hours * 3600) + (minutes * 60) + seconds);
    }

    public static FeelDateTime? ParseDateTime(string text)
    {
        var t = text.IndexOf('T', StringComparison.Ordinal);
        if (t < 0)
        {
            return null;
        }

        var date = ParseDate(text[..t]);
        var time = ParseTime(text[(t + 1)..]);
        if (date is null || time is null)
        {
            return null;
        }

        return new FeelDateTime(date.Value.At(time.Time), time.OffsetSeconds, time.Zone);
    }

    /// <summary>A duration string: years-and-months when it has only Y/M, days-and-time otherwise.</summary>
    public static object? ParseDuration(string text)
    {
        var match = DurationPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var negative = match.Groups[1].Success;
        decimal Group(int i) => match.Groups[i].Success ? decimal.Parse(match.Groups[i].Value, CultureInfo.InvariantCulture) : 0m;
        var hasYearMonth = match.Groups[2].Success || match.Groups[3].Success;
        var hasDayTime = match.Groups[4].Success || match.Groups[5].Success || match.Groups[6].Success || match.Groups[7].Success;
        try
        {
            if (hasYearMonth && !hasDayTime)
            {
                var months = (long)((Group(2) * 12) + Group(3));
                return new FeelYearMonthDuration(negative ? -months : months);
            }

            if (hasYearMonth)
            {
                // "P1Y2D" is an xsd:duration but of neither FEEL duration type.
                return null;
            }

            var seconds = (Group(4) * 86400) + (Group(5) * 3600) + (Group(6) * 60) + Group(7);
            return new FeelDayTimeDuration(negative ? -seconds : seconds);
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
