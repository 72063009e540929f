namespace Kim.Workflows.Engine.Timers;

/// <summary>
/// The statutory public holidays of Nordrhein-Westfalen (Feiertagsgesetz NW § 2), computed per year. The Easter-based
/// ones follow the Gregorian Easter date, so no year's dates are listed by hand.
/// </summary>
public static class NrwHolidays
{
    /// <summary>The holidays of one year with their German names, in date order.</summary>
    public static IReadOnlyList<(DateOnly Date, string Name)> Of(int year)
    {
        var easter = EasterSunday(year);
        return
        [
            (new DateOnly(year, 1, 1), "Neujahr"),
            (easter.AddDays(-2), "Karfreitag"),
            (easter.AddDays(1), "Ostermontag"),
            (new DateOnly(year, 5, 1), "Tag der Arbeit"),
            (easter.AddDays(39), "Christi Himmelfahrt"),
            (easter.AddDays(50), "Pfingstmontag"),
            (easter.AddDays(60), "Fronleichnam"),
            (new DateOnly(year, 10, 3), "Tag der Deutschen Einheit"),
            (new DateOnly(year, 11, 1), "Allerheiligen"),
            (new DateOnly(year, 12, 25), "1. Weihnachtstag"),
            (new DateOnly(year, 12, 26), "2. Weihnachtstag"),
        ];
    }

    /// <summary>
    /// Easter Sunday in the Gregorian calendar (the anonymous algorithm of 1876, also called Meeus/Jones/Butcher):
    /// exact for every Gregorian year, including the edge years where Easter falls on 22 March (1818, 2285) or 25 April (1943, 2038).
    /// </summary>
    public static DateOnly EasterSunday(int year)
    {
        if (year is < 1583 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "Only Gregorian years 1583–9999 are supported.");
        }

        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
