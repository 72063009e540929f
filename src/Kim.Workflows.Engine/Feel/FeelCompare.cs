using NodaTime;

namespace Kim.Workflows.Engine.Feel;

/// <summary>FEEL equality and ordering: null (undefined) when the operands are of different kinds.</summary>
internal static class FeelCompare
{
    public static bool? AreEqual(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        switch (a, b)
        {
            case (decimal x, decimal y): return x == y;
            case (string x, string y): return string.Equals(x, y, StringComparison.Ordinal);
            case (bool x, bool y): return x == y;
            case (LocalDate x, LocalDate y): return x == y;
            case (FeelDateTime, FeelDateTime):
            case (FeelTime, FeelTime):
            case (FeelDayTimeDuration, FeelDayTimeDuration):
            case (FeelYearMonthDuration, FeelYearMonthDuration):
                return Order(a, b) is { } order ? order == 0 : null;
            case (List<object?> x, List<object?> y): return ListsEqual(x, y);
            case (FeelContext x, FeelContext y): return ContextsEqual(x, y);
            case (FeelRange x, FeelRange y):
                return x.StartIncluded == y.StartIncluded && x.EndIncluded == y.EndIncluded
                    && x.StartUnbounded == y.StartUnbounded && x.EndUnbounded == y.EndUnbounded
                    && AreEqual(x.Start, y.Start) == true && AreEqual(x.End, y.End) == true;
            case (FeelUnaryTest x, FeelUnaryTest y): return x.Operator == y.Operator && AreEqual(x.Value, y.Value) == true;
            case (FeelUnaryTest, FeelRange) or (FeelRange, FeelUnaryTest): return false;
            case (FeelFunction, FeelFunction): return ReferenceEquals(a, b);
            default: return null;
        }
    }

    private static bool? ListsEqual(List<object?> x, List<object?> y)
    {
        if (x.Count != y.Count)
        {
            return false;
        }

        for (var i = 0; i < x.Count; i++)
        {
            var equal = AreEqual(x[i], y[i]);
            if (equal != true)
            {
                return equal;
            }
        }

        return true;
    }

    private static bool? ContextsEqual(FeelContext x, FeelContext y)
    {
        if (x.Count != y.Count)
        {
            return false;
        }

        foreach (var (key, value) in x.Entries)
        {
            if (!y.TryGet(key, out var other))
            {
                return false;
            }

            var equal = AreEqual(value, other);
            if (equal != true)
            {
                return equal;
            }
        }

        return true;
    }

    /// <summary>Negative, zero or positive; null when the two cannot be ordered.</summary>
    public static int? Order(object? a, object? b)
    {
        switch (a, b)
        {
            case (decimal x, decimal y): return x.CompareTo(y);
            case (string x, string y): return string.CompareOrdinal(x, y);
            case (LocalDate x, LocalDate y): return x.CompareTo(y);
            case (FeelDateTime x, FeelDateTime y): return OrderDateTimes(x, y);
            case (FeelTime x, FeelTime y): return OrderTimes(x, y);
            case (FeelDayTimeDuration x, FeelDayTimeDuration y): return x.Seconds.CompareTo(y.Seconds);
            case (FeelYearMonthDuration x, FeelYearMonthDuration y): return x.Months.CompareTo(y.Months);
            default: return null;
        }
    }

    private static int? OrderDateTimes(FeelDateTime x, FeelDateTime y)
    {
        if (x.HasTimeZone != y.HasTimeZone)
        {
            return null;
        }

        // Compared to the millisecond, as the DMN TCK expects (10:30:00.0001 = 10:30:00.0002).
        var xInstant = x.ToInstant() ?? x.DateTime.InUtc().ToInstant();
        var yInstant = y.ToInstant() ?? y.DateTime.InUtc().ToInstant();
        return xInstant.ToUnixTimeMilliseconds().CompareTo(yInstant.ToUnixTimeMilliseconds());
    }

    private static int? OrderTimes(FeelTime x, FeelTime y)
    {
        var xOffset = TimeOffset(x);
        var yOffset = TimeOffset(y);
        if (xOffset is null != yOffset is null)
        {
            return null;
        }

        var xNanos = x.Time.NanosecondOfDay - ((xOffset ?? 0) * 1_000_000_000L);
        var yNanos = y.Time.NanosecondOfDay - ((yOffset ?? 0) * 1_000_000_000L);
        return FloorMillis(xNanos).CompareTo(FloorMillis(yNanos));
    }

    private static long FloorMillis(long nanos) => (nanos - ((nanos % 1_000_000 + 1_000_000) % 1_000_000)) / 1_000_000;

    /// <summary>A time's offset in seconds; for a zone id, the zone's offset on 1970-01-01 (times carry no date).</summary>
    public static int? TimeOffset(FeelTime time)
    {
        if (time.OffsetSeconds is { } offset)
        {
            return offset;
        }

        if (time.Zone is null)
        {
            return null;
        }

        return new LocalDate(1970, 1, 1).At(time.Time).InZoneLeniently(FeelZones.Get(time.Zone)!).Offset.Seconds;
    }
}
