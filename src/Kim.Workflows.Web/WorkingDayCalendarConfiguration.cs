using Kim.Workflows.Engine.Timers;

namespace Kim.Workflows.Web;

/// <summary>
/// The working-day calendar of this installation: NRW weekends and holidays plus the closure days listed in
/// <c>KimWorkflows:Kalender:Schliesstage</c> (e.g. <c>["24.12.", "31.12.", "15.06.2027"]</c>). A value that is no
/// date stops the start with a German message naming it, rather than silently counting a closed day as open.
/// </summary>
public static class WorkingDayCalendarConfiguration
{
    public const string Section = "KimWorkflows:Kalender:Schliesstage";

    public static WorkingDayCalendar Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var texts = configuration.GetSection(Section).Get<string[]>() ?? [];
        try
        {
            return WorkingDayCalendar.FromClosureTexts(texts);
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException($"Konfiguration {Section}: {e.Message}", e);
        }
    }
}
