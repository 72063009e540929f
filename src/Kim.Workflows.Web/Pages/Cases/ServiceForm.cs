using Kim.Workflows.Application.Cases;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Services;

namespace Kim.Workflows.Web.Pages.Cases;

/// <summary>The form of a service or Verweisberatung (new when <see cref="ServiceId"/> is null); names as in <see cref="ServiceReferralInput"/>.</summary>
public sealed class ServiceForm
{
    public Guid? ServiceId { get; set; }

    public int Version { get; set; }

    public ServiceKind Kind { get; set; } = ServiceKind.Leistung;

    public string? Title { get; set; }

    public Guid? ProviderPartnerId { get; set; }

    public string? ProviderName { get; set; }

    public Rechtskreis? TargetRechtskreis { get; set; }

    public ServiceStatus Status { get; set; } = ServiceStatus.Geplant;

    public DateOnly? StartedOn { get; set; }

    public DateOnly? EndedOn { get; set; }

    public string? Remarks { get; set; }

    public ServiceReferralInput ToInput() => new()
    {
        Kind = Kind, Title = Title, ProviderPartnerId = ProviderPartnerId, ProviderName = ProviderName, TargetRechtskreis = TargetRechtskreis,
        Status = Status, StartedOn = StartedOn, EndedOn = EndedOn, Remarks = Remarks,
    };

    public static ServiceForm From(ServiceReferral service) => new()
    {
        ServiceId = service.Id, Version = service.Version, Kind = service.Kind, Title = service.Title, ProviderPartnerId = service.ProviderPartnerId,
        ProviderName = service.ProviderPartnerId is null ? service.ProviderName : null, TargetRechtskreis = service.TargetRechtskreis,
        Status = service.Status, StartedOn = service.StartedOn, EndedOn = service.EndedOn, Remarks = service.Remarks,
    };
}
