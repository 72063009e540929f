namespace Kim.Workflows.Engine.Feel;

/// <summary>
/// exp, ln and real powers in decimal (about 27 significant digits instead of double's 15–17), so that
/// FEEL results stay as close to decimal128 as <c>decimal</c> allows. Null on overflow or outside the domain.
/// </summary>
internal static class FeelMath
{
    private const decimal Ln2 = 0.6931471805599453094172321215m;

    public static decimal? Exp(decimal x)
    {
        if (x > 66m)
        {
            return null;
        }

        if (x < -66m)
        {
            return 0m;
        }

        // x = n·ln 2 + r with |r| <= ln 2 / 2, e^x = 2^n · e^r.
        var n = (int)decimal.Round(x / Ln2);
        var r = x - (n * Ln2);
        var sum = 1m;
        var term = 1m;
        for (var i = 1; i < 60; i++)
        {
            term = term * r / i;
            if (term == 0)
            {
                break;
            }

            sum += term;
        }

        try
        {
            for (var i = 0; i < Math.Abs(n); i++)
            {
                sum = n > 0 ? sum * 2 : sum / 2;
            }
        }
        catch (OverflowException)
        {
            return null;
        }

        return sum;
    }

    public static decimal? Ln(decimal x)
    {
        if (x <= 0)
        {
            return null;
        }

        // x = m · 2^k with m in [0.75, 1.5); ln m = 2·atanh(z), z = (m − 1)/(m + 1), |z| < 0.2.
        var k = 0;
        var m = x;
        while (m >= 1.5m)
        {
            m /= 2;
            k++;
        }

        while (m < 0.75m)
        {
            m *= 2;
            k--;
        }

        var z = (m - 1) / (m + 1);
        var z2 = z * z;
        var power = z;
        var sum = 0m;
        for (var i = 1; i < 200; i += 2)
        {
            var term = power / i;
            if (term == 0)
            {
                break;
            }

            sum += term;
            power *= z2;
        }

        return (2 * sum) + (k * Ln2);
    }

    /// <summary>x ** y for a y that is not a small integer.</summary>
    public static decimal? Power(decimal x, decimal y)
    {
        if (x == 0)
        {
            return y > 0 ? 0m : null;
        }

        if (x < 0)
        {
            return FeelNumbers.IsInteger(y) ? RealPowerOfNegative(x, y) : null;
        }

        return Ln(x) is { } ln ? Exp(y * ln) : null;
    }

    private static decimal? RealPowerOfNegative(decimal x, decimal y)
    {
        var magnitude = Ln(-x) is { } ln ? Exp(y * ln) : null;
        return magnitude is null ? null : decimal.Remainder(y, 2) == 0 ? magnitude : -magnitude;
    }
}
