namespace Kim.Workflows.Domain.Retention;

/// <summary>
/// No KIM rule exists; the defaults follow comparable practice (DOMAIN.md) and must be confirmed
/// by the Kreis's data protection officer.
/// </summary>
public sealed class RetentionOptions
{
    /// <summary>Anonymise at the end of this calendar year after closing (default: the 5th).</summary>
    public int YearsAfterClosing { get; set; } = 5;

    /// <summary>For short counselling (Verweisberatung only): end of the following year.</summary>
    public int ShortCounsellingYearsAfterClosing { get; set; } = 1;

    /// <summary>
    /// Access-log entries are kept until the end of this calendar year after the year they were written (default: the 2nd),
    /// long enough to answer an Art. 15 request about past reads and to audit them, independent of the case's own period.
    /// </summary>
    public int AccessLogYearsAfterEntry { get; set; } = 2;
}
