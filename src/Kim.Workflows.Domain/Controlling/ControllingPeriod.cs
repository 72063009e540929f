using System.Globalization;
using Kim.Workflows.Domain.Time;

namespace Kim.Workflows.Domain.Controlling;

/// <summary>
/// A reporting period in Warendorf calendar days, both ends inclusive (the Sachbericht counts
/// whole days: 01.01.–31.12.). "Am Stichtag" figures are taken at the end of <see cref="To"/>.
/// </summary>
public sealed record ControllingPeriod
{
    public ControllingPeriod(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentException("Das Ende des Zeitraums liegt vor dem Anfang.", nameof(to));
        }

        From = from;
        To = to;
    }

    public DateOnly From { get; }

    public DateOnly To { get; }

    /// <summary>The first instant after the period (00:00 local time of the day after <see cref="To"/>).</summary>
    public DateTimeOffset EndExclusive => KimCalendar.StartOf(To.AddDays(1));

    public static ControllingPeriod Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public bool Contains(DateOnly day) => day >= From && day <= To;

    public bool Contains(DateTimeOffset instant) => Contains(KimCalendar.DateOf(instant));

    /// <summary>Before the end of the period (on or before the Stichtag).</summary>
    public bool ReachedBy(DateTimeOffset instant) => KimCalendar.DateOf(instant) <= To;

    public string Display => string.Create(CultureInfo.GetCultureInfo("de-DE"), $"{From:dd.MM.yyyy}–{To:dd.MM.yyyy}");
}
