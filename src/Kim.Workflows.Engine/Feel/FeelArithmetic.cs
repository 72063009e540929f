using NodaTime;

namespace Kim.Workflows.Engine.Feel;

/// <summary>FEEL + - * / ** on numbers, strings, dates, times and durations; null when undefined or on overflow.</summary>
internal static class FeelArithmetic
{
    public static object? Apply(string op, object? a, object? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        try
        {
            return op switch
            {
                "+" => Add(a, b),
                "-" => Subtract(a, b),
                "*" => Multiply(a, b),
                "/" => Divide(a, b),
                "**" => Power(a, b),
                _ => null,
            };
        }
        catch (Exception e) when (e is OverflowException or ArgumentException or DivideByZeroException)
        {
            return null;
        }
    }

    public static object? Negate(object? value) => value switch
    {
        decimal d => -d,
        FeelDayTimeDuration d => new FeelDayTimeDuration(-d.Seconds),
        FeelYearMonthDuration d => new FeelYearMonthDuration(-d.Months),
        _ => null,
    };

    private static object? Add(object a, object b) => (a, b) switch
    {
        (decimal x, decimal y) => x + y,
        (string x, string y) => x + y,
        (FeelDayTimeDuration x, FeelDayTimeDuration y) => new FeelDayTimeDuration(x.Seconds + y.Seconds),
        (FeelYearMonthDuration x, FeelYearMonthDuration y) => new FeelYearMonthDuration(checked(x.Months + y.Months)),
        (FeelDateTime x, FeelDayTimeDuration d) => Shift(x, d.Seconds),
        (FeelDayTimeDuration d, FeelDateTime x) => Shift(x, d.Seconds),
        (FeelDateTime x, FeelYearMonthDuration d) => x with { DateTime = x.DateTime.PlusMonths(checked((int)d.Months)) },
        (FeelYearMonthDuration d, FeelDateTime x) => x with { DateTime = x.DateTime.PlusMonths(checked((int)d.Months)) },
        (LocalDate x, FeelDayTimeDuration d) => Shift(new FeelDateTime(x.AtMidnight()), d.Seconds).DateTime.Date,
        (FeelDayTimeDuration d, LocalDate x) => Shift(new FeelDateTime(x.AtMidnight()), d.Seconds).DateTime.Date,
        (LocalDate x, FeelYearMonthDuration d) => x.PlusMonths(checked((int)d.Months)),
        (FeelYearMonthDuration d, LocalDate x) => x.PlusMonths(checked((int)d.Months)),
        (FeelTime x, FeelDayTimeDuration d) => ShiftTime(x, d.Seconds),
        (FeelDayTimeDuration d, FeelTime x) => ShiftTime(x, d.Seconds),
        _ => null,
    };

    private static object? Subtract(object a, object b) => (a, b) switch
    {
        (decimal x, decimal y) => x - y,
        (FeelDayTimeDuration x, FeelDayTimeDuration y) => new FeelDayTimeDuration(x.Seconds - y.Seconds),
        (FeelYearMonthDuration x, FeelYearMonthDuration y) => new FeelYearMonthDuration(checked(x.Months - y.Months)),
        (FeelDateTime x, FeelDayTimeDuration d) => Shift(x, -d.Seconds),
        (FeelDateTime x, FeelYearMonthDuration d) => x with { DateTime = x.DateTime.PlusMonths(checked((int)-d.Months)) },
        (LocalDate x, FeelDayTimeDuration d) => Shift(new FeelDateTime(x.AtMidnight()), -d.Seconds).DateTime.Date,
        (LocalDate x, FeelYearMonthDuration d) => x.PlusMonths(checked((int)-d.Months)),
        (FeelTime x, FeelDayTimeDuration d) => ShiftTime(x, -d.Seconds),
        (FeelDateTime x, FeelDateTime y) => Between(y, x),
        (LocalDate x, LocalDate y) => new FeelDayTimeDuration((decimal)Period.Between(y, x, PeriodUnits.Days).Days * 86400),
        (FeelTime x, FeelTime y) => TimeDifference(x, y),
        _ => null,
    };

    private static object? Multiply(object a, object b) => (a, b) switch
    {
        (decimal x, decimal y) => x * y,
        (FeelDayTimeDuration d, decimal n) => new FeelDayTimeDuration(d.Seconds * n),
        (decimal n, FeelDayTimeDuration d) => new FeelDayTimeDuration(d.Seconds * n),
        (FeelYearMonthDuration d, decimal n) => new FeelYearMonthDuration((long)decimal.Truncate(d.Months * n)),
        (decimal n, FeelYearMonthDuration d) => new FeelYearMonthDuration((long)decimal.Truncate(d.Months * n)),
        _ => null,
    };

    private static object? Divide(object a, object b) => (a, b) switch
    {
        (_, decimal zero) when zero == 0 => null,
        (decimal x, decimal y) => x / y,
        (FeelDayTimeDuration d, decimal n) => new FeelDayTimeDuration(d.Seconds / n),
        (FeelYearMonthDuration d, decimal n) => new FeelYearMonthDuration((long)decimal.Truncate(d.Months / n)),
        (FeelDayTimeDuration x, FeelDayTimeDuration y) => y.Seconds == 0 ? null : x.Seconds / y.Seconds,
        (FeelYearMonthDuration x, FeelYearMonthDuration y) => y.Months == 0 ? null : (decimal)x.Months / y.Months,
        _ => null,
    };

    private static object? Power(object a, object b)
    {
        if (a is not decimal x || b is not decimal y)
        {
            return null;
        }

        if (y == decimal.Truncate(y) && Math.Abs(y) <= 10_000)
        {
            try
            {
                return IntegerPower(x, y);
            }
            catch (OverflowException) when (y < 0)
            {
                // 10 ** -30: the exact route overflows on 10^30, the logarithmic one gives the (tiny) result.
                return FeelMath.Power(x, y);
            }
        }

        return FeelMath.Power(x, y);
    }

    /// <summary>x ** y for an integer y by repeated squaring: exact as long as decimal holds the digits.</summary>
    private static decimal? IntegerPower(decimal x, decimal y)
    {
        var n = (int)Math.Abs(y);
        var result = 1m;
        var factor = x;
        while (n > 0)
        {
            if ((n & 1) == 1)
            {
                result *= factor;
            }

            n >>= 1;
            if (n > 0)
            {
                factor *= factor;
            }
        }

        return y < 0 ? (result == 0 ? null : 1m / result) : result;
    }

    /// <summary>Adds seconds to a date-time: in its zone by elapsed time, otherwise on the local clock.</summary>
    private static FeelDateTime Shift(FeelDateTime value, decimal seconds)
    {
        if (value.Zone is not null)
        {
            var zone = FeelZones.Get(value.Zone)!;
            var instant = value.DateTime.InZoneLeniently(zone).ToInstant();
            var shifted = PlusSeconds(instant.InUtc().LocalDateTime, seconds);
            var local = shifted.InUtc().ToInstant().InZone(zone).LocalDateTime;
            return value with { DateTime = local };
        }

        return value with { DateTime = PlusSeconds(value.DateTime, seconds) };
    }

    private static LocalDateTime PlusSeconds(LocalDateTime value, decimal seconds)
    {
        var days = decimal.Floor(seconds / 86400);
        var nanos = (long)((seconds - (days * 86400)) * 1_000_000_000m);
        return value.PlusDays(checked((int)days)).PlusNanoseconds(nanos);
    }

    private static FeelTime ShiftTime(FeelTime value, decimal seconds)
    {
        var nanosPerDay = 86_400_000_000_000m;
        var nanos = (seconds * 1_000_000_000m) % nanosPerDay;
        return value with { Time = value.Time.PlusNanoseconds((long)nanos) };
    }

    private static FeelDayTimeDuration? Between(FeelDateTime from, FeelDateTime to)
    {
        if (from.HasTimeZone != to.HasTimeZone)
        {
            return null;
        }

        if (from.HasTimeZone)
        {
            var elapsed = to.ToInstant()!.Value - from.ToInstant()!.Value;
            return new FeelDayTimeDuration(Seconds(elapsed));
        }

        var span = to.DateTime.InUtc().ToInstant() - from.DateTime.InUtc().ToInstant();
        return new FeelDayTimeDuration(Seconds(span));
    }

    private static decimal Seconds(Duration duration) =>
        ((decimal)duration.Days * 86400) + (duration.NanosecondOfDay / 1_000_000_000m);

    private static FeelDayTimeDuration? TimeDifference(FeelTime x, FeelTime y)
    {
        var xOffset = FeelCompare.TimeOffset(x);
        var yOffset = FeelCompare.TimeOffset(y);
        if (xOffset is null != yOffset is null)
        {
            return null;
        }

        var nanos = (x.Time.NanosecondOfDay - ((xOffset ?? 0) * 1_000_000_000L)) - (y.Time.NanosecondOfDay - ((yOffset ?? 0) * 1_000_000_000L));
        return new FeelDayTimeDuration(nanos / 1_000_000_000m);
    }
}
