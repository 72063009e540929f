using System.Globalization;

namespace Kim.Workflows.Engine.Feel;

/// <summary>Conversions between double and the decimal that represents FEEL numbers.</summary>
internal static class FeelNumbers
{
    /// <summary>The decimal of a double's shortest round-trip text (so 0.1 stays 0.1); null when out of range.</summary>
    public static decimal? FromDouble(double value)
    {
        if (!double.IsFinite(value))
        {
            return null;
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var result) ? result : null;
    }

    public static bool IsInteger(decimal value) => value == decimal.Truncate(value);
}
