namespace Kim.Workflows.Domain.Services;

/// <summary>
/// Dates of a service in Leistungssteuerung: a finished service (abgeschlossen, abgebrochen) has an end date, a running one
/// a start date, and nothing ends before it started. An end date on a service that is still planned, asked for or running
/// would make the monitoring wrong, so it is refused too. A refused one (abgelehnt) may carry the day of the refusal.
/// </summary>
public static class ServiceRules
{
    public static bool NeedsEndDate(ServiceStatus status) => status is ServiceStatus.Abgeschlossen or ServiceStatus.Abgebrochen;

    public static bool AllowsEndDate(ServiceStatus status) => NeedsEndDate(status) || status == ServiceStatus.Abgelehnt;

    public static bool NeedsStartDate(ServiceStatus status) => status is ServiceStatus.Laufend or ServiceStatus.Abgeschlossen or ServiceStatus.Abgebrochen;
}
