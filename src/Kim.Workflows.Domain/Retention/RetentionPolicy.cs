using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Time;

namespace Kim.Workflows.Domain.Retention;

/// <summary>
/// When a closed case must be anonymised: at the end of the N-th calendar year after the year of
/// closing, i.e. on 1 January of year (closing year + N + 1). Counting calendar years, not days,
/// lets one yearly job handle a whole cohort.
/// </summary>
public sealed class RetentionPolicy(RetentionOptions? options = null)
{
    private readonly RetentionOptions _options = options ?? new RetentionOptions();

    /// <summary>Calendar years after the year of an access-log entry until it is deleted.</summary>
    public int AccessLogYearsAfterEntry => _options.AccessLogYearsAfterEntry;

    /// <summary>The last day the data may be kept; null for open cases.</summary>
    public DateOnly? KeepUntil(Fallakte file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.ClosedAt is not { } closedAt)
        {
            return null;
        }

        var years = file.IsShortCounselling ? _options.ShortCounsellingYearsAfterClosing : _options.YearsAfterClosing;
        var closedYear = KimCalendar.DateOf(closedAt).Year;
        return new DateOnly(closedYear + years, 12, 31);
    }

    public bool IsDue(Fallakte file, DateTimeOffset now) =>
        file.AnonymizedAt is null && KeepUntil(file) is { } until && KimCalendar.DateOf(now) > until;

    /// <summary>
    /// Cases closed before this instant may be due at <paramref name="now"/>: a cheap database
    /// pre-filter; <see cref="IsDue"/> decides per case.
    /// </summary>
    public DateTimeOffset ClosedBeforeForAnyCase(DateTimeOffset now)
    {
        var shortest = Math.Min(_options.YearsAfterClosing, _options.ShortCounsellingYearsAfterClosing);
        return KimCalendar.StartOf(new DateOnly(KimCalendar.DateOf(now).Year - shortest, 1, 1));
    }
}
