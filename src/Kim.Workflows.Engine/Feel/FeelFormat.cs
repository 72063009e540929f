using System.Globalization;
using System.Text;
using NodaTime;

namespace Kim.Workflows.Engine.Feel;

/// <summary>The FEEL string form of values, as the built-in <c>string()</c> returns it.</summary>
internal static class FeelFormat
{
    public static string Number(decimal value)
    {
        var text = value.ToString("0.############################", CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }

    public static string Date(LocalDate date)
    {
        var year = date.Year < 0 ? "-" + (-date.Year).ToString("0000", CultureInfo.InvariantCulture) : date.Year.ToString("0000", CultureInfo.InvariantCulture);
        return $"{year}-{date.Month:00}-{date.Day:00}";
    }

    public static string LocalTime(LocalTime time)
    {
        var text = time.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        if (time.NanosecondOfSecond != 0)
        {
            text += "." + time.NanosecondOfSecond.ToString("000000000", CultureInfo.InvariantCulture).TrimEnd('0');
        }

        return text;
    }

    public static string Offset(int seconds)
    {
        if (seconds == 0)
        {
            return "Z";
        }

        var sign = seconds < 0 ? "-" : "+";
        var abs = Math.Abs(seconds);
        var text = $"{sign}{abs / 3600:00}:{abs / 60 % 60:00}";
        return abs % 60 == 0 ? text : text + $":{abs % 60:00}";
    }

    private static string Zone(int? offsetSeconds, string? zone) =>
        zone is not null ? "@" + zone : offsetSeconds is { } offset ? Offset(offset) : string.Empty;

    public static string Time(FeelTime time) => LocalTime(time.Time) + Zone(time.OffsetSeconds, time.Zone);

    public static string DateTime(FeelDateTime value) =>
        Date(value.DateTime.Date) + "T" + LocalTime(value.DateTime.TimeOfDay) + Zone(value.OffsetSeconds, value.Zone);

    public static string Duration(FeelDayTimeDuration duration)
    {
        var seconds = duration.Seconds;
        if (seconds == 0)
        {
            return "PT0S";
        }

        var text = new StringBuilder(seconds < 0 ? "-P" : "P");
        seconds = Math.Abs(seconds);
        var days = decimal.Floor(seconds / 86400);
        seconds -= days * 86400;
        var hours = decimal.Floor(seconds / 3600);
        seconds -= hours * 3600;
        var minutes = decimal.Floor(seconds / 60);
        seconds -= minutes * 60;
        if (days > 0)
        {
            text.Append(Number(days)).Append('D');
        }

        if (hours > 0 || minutes > 0 || seconds > 0)
        {
            text.Append('T');
            if (hours > 0)
            {
                text.Append(Number(hours)).Append('H');
            }

            if (minutes > 0)
            {
                text.Append(Number(minutes)).Append('M');
            }

            if (seconds > 0)
            {
                text.Append(Number(seconds)).Append('S');
            }
        }

        return text.ToString();
    }

    public static string Duration(FeelYearMonthDuration duration)
    {
        var months = duration.Months;
        if (months == 0)
        {
            return "P0M";
        }

        var text = new StringBuilder(months < 0 ? "-P" : "P");
        months = Math.Abs(months);
        if (months >= 12)
        {
            text.Append(months / 12).Append('Y');
        }

        if (months % 12 != 0)
        {
            text.Append(months % 12).Append('M');
        }

        return text.ToString();
    }

    /// <summary>The text of any value; strings inside lists and contexts are quoted.</summary>
    public static string? ToText(object? value, bool quoteStrings = false) => value switch
    {
        null => quoteStrings ? "null" : null,
        string s => quoteStrings ? "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"" : s,
        bool b => b ? "true" : "false",
        decimal d => Number(d),
        LocalDate d => Date(d),
        FeelTime t => Time(t),
        FeelDateTime dt => DateTime(dt),
        FeelDayTimeDuration d => Duration(d),
        FeelYearMonthDuration d => Duration(d),
        List<object?> list => "[" + string.Join(", ", list.Select(i => ToText(i, true))) + "]",
        FeelContext context => "{" + string.Join(", ", context.Entries.Select(e => e.Key + ": " + ToText(e.Value, true))) + "}",
        FeelRange r => Range(r),
        FeelUnaryTest t => t.Operator + " " + ToText(t.Value, true),
        FeelFunction => "function",
        _ => null,
    };

    private static string Range(FeelRange r)
    {
        if (r.StartUnbounded)
        {
            return (r.EndIncluded ? "<= " : "< ") + ToText(r.End, true);
        }

        if (r.EndUnbounded)
        {
            return (r.StartIncluded ? ">= " : "> ") + ToText(r.Start, true);
        }

        return (r.StartIncluded ? "[" : "(") + ToText(r.Start, true) + ".." + ToText(r.End, true) + (r.EndIncluded ? "]" : ")");
    }
}
