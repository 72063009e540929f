namespace Kim.Workflows.Domain.Time;

/// <summary>
/// Turns instants into the calendar dates the Kreis works with. Deadlines, consent validity and
/// retention are stated in German calendar days, so "today" must be today in Warendorf, not in UTC:
/// a consent that expires today is still valid at 00:30 local time, which is 22:30 UTC yesterday.
/// </summary>
public static class KimCalendar
{
    private static readonly Lazy<TimeZoneInfo> BerlinZone = new(() =>
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Berlin", out var zone)
            ? zone
            // A machine without tz data still works; it only loses the summer-time hour.
            : TimeZoneInfo.CreateCustomTimeZone("Europe/Berlin", TimeSpan.FromHours(1), "Europe/Berlin", "Europe/Berlin"));

    public static TimeZoneInfo Zone => BerlinZone.Value;

    public static DateOnly DateOf(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    public static DateOnly Today(TimeProvider time) => DateOf(time.GetUtcNow());

    /// <summary>The instant at which a local calendar date begins (00:00 Europe/Berlin).</summary>
    public static DateTimeOffset StartOf(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }
}
