namespace Kim.Workflows.Domain.Services;

public enum ServiceStatus
{
    Geplant,
    Angefragt,
    Laufend,
    Abgeschlossen,
    Abgebrochen,
    Abgelehnt,
}
