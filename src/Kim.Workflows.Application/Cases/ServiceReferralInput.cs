using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Services;

namespace Kim.Workflows.Application.Cases;

/// <summary>
/// A service or Verweisberatung in Leistungssteuerung as entered: kind, title, provider (from the partner directory or a
/// free name), target legal domain of a referral, status, dates, remarks.
/// </summary>
public sealed record ServiceReferralInput
{
    public const int TitleMaxLength = 200;
    public const int ProviderMaxLength = 200;
    public const int RemarksMaxLength = 2000;

    /// <summary>The legal domains with a case management of their own: a Verweisberatung hands over to one of them.</summary>
    public static IReadOnlyList<Rechtskreis> ReferralTargets { get; } = [Rechtskreis.SgbII, Rechtskreis.SgbIII, Rechtskreis.SgbVIII];

    public ServiceKind Kind { get; init; } = ServiceKind.Leistung;

    public string? Title { get; init; }

    public Guid? ProviderPartnerId { get; init; }

    public string? ProviderName { get; init; }

    public Rechtskreis? TargetRechtskreis { get; init; }

    public ServiceStatus Status { get; init; } = ServiceStatus.Geplant;

    public DateOnly? StartedOn { get; init; }

    public DateOnly? EndedOn { get; init; }

    public string? Remarks { get; init; }

    /// <summary>
    /// German messages keyed by field; empty when valid. Dates follow <see cref="ServiceRules"/>: a finished service has an
    /// end date, a running one a start date, an end lies neither before the start nor in the future; a planned start may.
    /// Whether the provider is in the directory is checked by the service.
    /// </summary>
    public IReadOnlyDictionary<string, string> Validate(DateOnly today)
    {
        var errors = new InputErrors();
        errors.Defined(nameof(Kind), Kind, "Bitte die Art auswählen (Leistung oder Verweisberatung).");
        errors.Required(nameof(Title), Title, TitleMaxLength, "Bitte die Leistung benennen (z. B. Integrationskurs B1).", "Die Bezeichnung");
        if (ProviderPartnerId is null && string.IsNullOrWhiteSpace(ProviderName))
        {
            errors.Add(nameof(ProviderName), "Bitte einen Anbieter aus dem Partnerverzeichnis wählen oder seinen Namen eingeben.");
        }

        errors.Optional(nameof(ProviderName), ProviderName, ProviderMaxLength, "Der Anbieter");
        if (Kind == ServiceKind.Verweisberatung && (TargetRechtskreis is not { } target || !ReferralTargets.Contains(target)))
        {
            errors.Add(nameof(TargetRechtskreis), "Bei einer Verweisberatung bitte den Rechtskreis angeben, dessen Fallmanagement übernimmt (SGB II, III oder VIII).");
        }
        else if (Kind == ServiceKind.Leistung && TargetRechtskreis is not null)
        {
            errors.Add(nameof(TargetRechtskreis), "Ein Ziel-Rechtskreis gehört nur zu einer Verweisberatung.");
        }

        errors.Defined(nameof(Status), Status, "Bitte einen Stand auswählen.");
        ValidateDates(errors, today);
        errors.Optional(nameof(Remarks), Remarks, RemarksMaxLength, "Die Bemerkung");
        return errors.All;
    }

    private void ValidateDates(InputErrors errors, DateOnly today)
    {
        if (StartedOn is null && ServiceRules.NeedsStartDate(Status))
        {
            errors.Add(nameof(StartedOn), "Bei diesem Stand bitte den Beginn angeben.");
        }
        else if (StartedOn > today && ServiceRules.NeedsStartDate(Status))
        {
            errors.Add(nameof(StartedOn), "Eine laufende oder beendete Leistung kann nicht erst in der Zukunft beginnen.");
        }

        if (EndedOn is null && ServiceRules.NeedsEndDate(Status))
        {
            errors.Add(nameof(EndedOn), "Eine abgeschlossene oder abgebrochene Leistung braucht ein Enddatum.");
        }
        else if (EndedOn is not null && !ServiceRules.AllowsEndDate(Status))
        {
            errors.Add(nameof(EndedOn), "Ein Enddatum passt nur zu „abgeschlossen“, „abgebrochen“ oder „abgelehnt“.");
        }
        else if (EndedOn > today)
        {
            errors.Add(nameof(EndedOn), "Das Enddatum darf nicht in der Zukunft liegen.");
        }
        else if (EndedOn < StartedOn)
        {
            errors.Add(nameof(EndedOn), "Das Ende darf nicht vor dem Beginn liegen.");
        }
    }

    internal void ApplyTo(ServiceReferral service)
    {
        service.Kind = Kind;
        service.Title = Title!.Trim();
        service.ProviderPartnerId = ProviderPartnerId;
        service.ProviderName = InputErrors.Clean(ProviderName);
        service.TargetRechtskreis = Kind == ServiceKind.Verweisberatung ? TargetRechtskreis : null;
        service.Status = Status;
        service.StartedOn = StartedOn;
        service.EndedOn = EndedOn;
        service.Remarks = InputErrors.Clean(Remarks);
    }
}
