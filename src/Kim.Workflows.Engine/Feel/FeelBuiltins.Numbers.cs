namespace Kim.Workflows.Engine.Feel;

/// <summary>Numeric functions, all computed in decimal (sqrt, log and exp included).</summary>
internal static partial class FeelBuiltins
{
    private static void AddNumbers(Action<string, string[], Func<FeelArgs, object?>> add)
    {
        add("decimal", ["n", "scale"], a => Round(a[0], a[1], MidpointRounding.ToEven));
        add("floor", ["n", "scale?"], a => Round(a[0], a.Has(1) ? a[1] : 0m, MidpointRounding.ToNegativeInfinity, directed: true));
        add("ceiling", ["n", "scale?"], a => Round(a[0], a.Has(1) ? a[1] : 0m, MidpointRounding.ToPositiveInfinity, directed: true));
        add("round up", ["n", "scale"], a => Round(a[0], a[1], MidpointRounding.AwayFromZero, directed: true, awayFromZero: true));
        add("round down", ["n", "scale"], a => Round(a[0], a[1], MidpointRounding.ToZero, directed: true));
        add("round half up", ["n", "scale"], a => Round(a[0], a[1], MidpointRounding.AwayFromZero));
        add("round half down", ["n", "scale"], a => RoundHalfDown(a[0], a[1]));
        add("abs", ["n"], a => a[0] switch
        {
            decimal d => Math.Abs(d),
            FeelDayTimeDuration d => new FeelDayTimeDuration(Math.Abs(d.Seconds)),
            FeelYearMonthDuration d => new FeelYearMonthDuration(Math.Abs(d.Months)),
            _ => null,
        });
        add("modulo", ["dividend", "divisor"], a => a[0] is decimal x && a[1] is decimal y && y != 0 ? x - (y * decimal.Floor(x / y)) : null);
        add("sqrt", ["number"], a => a[0] is decimal d && d >= 0 ? SquareRoot(d) : null);
        add("log", ["number"], a => a[0] is decimal d ? FeelMath.Ln(d) : null);
        add("exp", ["number"], a => a[0] is decimal d ? FeelMath.Exp(d) : null);
        add("odd", ["number"], a => a[0] is decimal d && FeelNumbers.IsInteger(d) ? decimal.Remainder(d, 2) != 0 : null);
        add("even", ["number"], a => a[0] is decimal d && FeelNumbers.IsInteger(d) ? decimal.Remainder(d, 2) == 0 : null);
    }

    /// <summary>Rounds to a scale (digits after the point; negative scales round to tens, hundreds …).</summary>
    private static object? Round(object? value, object? scale, MidpointRounding mode, bool directed = false, bool awayFromZero = false)
    {
        if (value is not decimal n || scale is not decimal given || given < -6111 || given > 6176)
        {
            return null;
        }

        var s = decimal.Truncate(given);

        if (s >= 28)
        {
            return n;
        }

        try
        {
            if (s < 0)
            {
                var factor = Pow10((int)-s);
                return factor is null ? 0m : (decimal?)RoundAt(n / factor.Value, 0, mode, directed, awayFromZero) * factor.Value;
            }

            return RoundAt(n, (int)s, mode, directed, awayFromZero);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static decimal RoundAt(decimal n, int scale, MidpointRounding mode, bool directed, bool awayFromZero)
    {
        if (!directed)
        {
            return decimal.Round(n, scale, mode);
        }

        if (awayFromZero)
        {
            var down = decimal.Round(n, scale, MidpointRounding.ToZero);
            return down == n ? n : down + ((n > 0 ? 1 : -1) * (1m / (Pow10(scale) ?? 1m)));
        }

        return decimal.Round(n, scale, mode);
    }

    private static object? RoundHalfDown(object? value, object? scale)
    {
        if (value is not decimal n || scale is not decimal s || !FeelNumbers.IsInteger(s) || s < 0 || s >= 28)
        {
            return Round(value, scale, MidpointRounding.ToZero, directed: true);
        }

        var truncated = decimal.Round(n, (int)s, MidpointRounding.ToZero);
        var half = 0.5m / Pow10((int)s)!.Value;
        return Math.Abs(n - truncated) > half ? decimal.Round(n, (int)s, MidpointRounding.AwayFromZero) : truncated;
    }

    private static decimal? Pow10(int exponent)
    {
        if (exponent < 0 || exponent > 28)
        {
            return exponent < 0 ? 1m : null;
        }

        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }

    /// <summary>Newton's method in decimal, started from the double root: full decimal precision.</summary>
    private static decimal SquareRoot(decimal value)
    {
        if (value == 0)
        {
            return 0;
        }

        var root = (decimal)Math.Sqrt((double)value);
        for (var i = 0; i < 8; i++)
        {
            var next = (root + (value / root)) / 2;
            if (next == root)
            {
                break;
            }

            root = next;
        }

        return root;
    }
}
