using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Kim.Workflows.Engine.Feel;

/// <summary>Conversion functions: date, time, date and time, duration, number, string, not, is, range.</summary>
internal static partial class FeelBuiltins
{
    private static void AddConversions(Action<string, string[], Func<FeelArgs, object?>> add)
    {
        add("date", ["from"], a => a[0] switch
        {
            string s => FeelTemporalParser.ParseDate(s),
            LocalDate d => d,
            FeelDateTime dt => dt.DateTime.Date,
            _ => null,
        });
        add("date", ["year", "month", "day"], a => a[0] is decimal y && a[1] is decimal m && a[2] is decimal d
            && FeelNumbers.IsInteger(y) && FeelNumbers.IsInteger(m) && FeelNumbers.IsInteger(d) && Math.Abs(y) < 100_000
                ? FeelTemporalParser.MakeDate((long)y, (long)m, (long)d)
                : null);
        add("date and time", ["from"], a => a[0] switch
        {
            string s => FeelTemporalParser.ParseDateTime(s) ?? (FeelTemporalParser.ParseDate(s) is { } d ? new FeelDateTime(d.AtMidnight()) : null),
            FeelDateTime dt => dt,
            LocalDate d => new FeelDateTime(d.AtMidnight()),
            _ => null,
        });
        add("date and time", ["date", "time"], a => (a[0], a[1]) switch
        {
            (LocalDate d, FeelTime t) => new FeelDateTime(d.At(t.Time), t.OffsetSeconds, t.Zone),
            (FeelDateTime dt, FeelTime t) => new FeelDateTime(dt.DateTime.Date.At(t.Time), t.OffsetSeconds, t.Zone),
            _ => null,
        });
        add("time", ["from"], a => a[0] switch
        {
            string s => FeelTemporalParser.ParseTime(s),
            FeelTime t => t,
            FeelDateTime dt => new FeelTime(dt.DateTime.TimeOfDay, dt.OffsetSeconds, dt.Zone),
            LocalDate => new FeelTime(LocalTime.Midnight, 0),
            _ => null,
        });
        add("time", ["hour", "minute", "second", "offset?"], Time);
        add("duration", ["from"], a => a[0] is string s ? FeelTemporalParser.ParseDuration(s) : null);
        add("years and months duration", ["from", "to"], a => MonthsBetween(a[0], a[1]));
        add("number", ["from"], a => a[0] is string s ? ParseNumberText(s) : null);
        add("number", ["from", "grouping separator", "decimal separator"], Number);
        add("string", ["from"], a => FeelFormat.ToText(a[0]));
        add("not", ["negand"], a => a[0] is bool b ? !b : null);
        add("is", ["value1", "value2"], a => Is(a[0], a[1]));
        add("range", ["from"], a => a[0] is string s ? ParseRange(a.Interpreter, s) : null);
    }

    private static object? Time(FeelArgs a)
    {
        if (a[0] is not decimal h || a[1] is not decimal m || a[2] is not decimal s
            || !FeelNumbers.IsInteger(h) || !FeelNumbers.IsInteger(m) || h is < 0 or > 23 || m is < 0 or > 59 || s is < 0 or >= 60)
        {
            return null;
        }

        var whole = (int)decimal.Floor(s);
        var time = new LocalTime((int)h, (int)m, whole).PlusNanoseconds((long)((s - whole) * 1_000_000_000m));
        return a.Has(3) && a[3] is not null
            ? a[3] is FeelDayTimeDuration offset && Math.Abs(offset.Seconds) <= 18 * 3600 ? new FeelTime(time, (int)offset.Seconds) : null
            : new FeelTime(time);
    }

    private static object? MonthsBetween(object? from, object? to)
    {
        static LocalDateTime? Local(object? value) => value switch
        {
            LocalDate d => d.AtMidnight(),
            FeelDateTime dt => dt.DateTime,
            _ => null,
        };

        if (Local(from) is not { } start || Local(to) is not { } end)
        {
            return null;
        }

        var period = Period.Between(start, end, PeriodUnits.Years | PeriodUnits.Months);
        return new FeelYearMonthDuration((period.Years * 12L) + period.Months);
    }

    private static object? Number(FeelArgs a)
    {
        if (a[0] is not string text || a[1] is not (null or " " or "," or ".") || a[2] is not (null or "," or "."))
        {
            return null;
        }

        var grouping = (string?)a[1];
        var separator = (string?)a[2];
        if (grouping is not null && grouping == separator)
        {
            return null;
        }

        if (grouping is not null)
        {
            text = text.Replace(grouping, string.Empty, StringComparison.Ordinal);
        }

        if (separator is not null)
        {
            text = text.Replace(separator, ".", StringComparison.Ordinal);
        }

        return ParseNumberText(text);
    }

    private static decimal? ParseNumberText(string text)
    {
        if (!Regex.IsMatch(text, @"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$"))
        {
            return null;
        }

        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static bool? Is(object? x, object? y)
    {
        if (x is null || y is null)
        {
            return x is null && y is null;
        }

        if (FeelTypes.NameOf(x) != FeelTypes.NameOf(y))
        {
            return false;
        }

        return x is FeelTime or FeelDateTime ? x.Equals(y) : FeelCompare.AreEqual(x, y) == true;
    }

    /// <summary><c>range("[1..10)")</c>: the text must be a range literal whose bounds are literals.</summary>
    private static FeelRange? ParseRange(FeelInterpreter interpreter, string text)
    {
        FeelNode node;
        try
        {
            node = FeelParser.ParseExpression(text);
        }
        catch (FeelSyntaxException)
        {
            return null;
        }

        if (node is not RangeNode range || !IsLiteralBound(range.Start) || !IsLiteralBound(range.End))
        {
            return null;
        }

        var value = interpreter.Evaluate(node, FeelScope.Root(new Dictionary<string, object?>())) as FeelRange;
        if (value is null || (value.Start is null && !value.StartUnbounded) || (value.End is null && !value.EndUnbounded))
        {
            return value is { Start: null, End: null } ? null : value;
        }

        return value;
    }

    private static bool IsLiteralBound(FeelNode? node) => node switch
    {
        null or LiteralNode => true,
        CallNode { Function: NameNode { Name: "date" or "time" or "date and time" or "duration" }, Arguments: var args } => args.All(IsLiteralBound),
        NegationNode negation => IsLiteralBound(negation.Operand),
        _ => false,
    };
}
