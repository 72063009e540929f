namespace Kim.Workflows.Web.Api;

/// <summary>
/// A service or Verweisberatung: <c>kind</c> (<c>leistung</c>, <c>verweisberatung</c>), title, provider from the directory
/// (<c>providerId</c>: slug such as <c>jobcenter-kreis-warendorf</c> or Guid) or by name (<c>providerName</c>), for a referral the
/// <c>targetRechtskreis</c> (<c>sgbII</c>, <c>sgbIII</c>, <c>sgbVIII</c>), <c>status</c> (<c>geplant</c>, <c>angefragt</c>, <c>laufend</c>,
/// <c>abgeschlossen</c>, <c>abgebrochen</c>, <c>abgelehnt</c>), dates, remarks; <c>version</c> for a change (PUT).
/// </summary>
public sealed record ServiceReferralRequest(
    string? Kind, string? Title, string? ProviderId, string? ProviderName, string? TargetRechtskreis, string? Status, DateOnly? StartedOn, DateOnly? EndedOn,
    string? Remarks, int? Version);
