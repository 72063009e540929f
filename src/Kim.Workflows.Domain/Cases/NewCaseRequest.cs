using Kim.Workflows.Domain.Clients;

namespace Kim.Workflows.Domain.Cases;

/// <summary>What the intake form collects (minimal data) to open a case.</summary>
public sealed class NewCaseRequest
{
    public required string Municipality { get; init; }

    public required string GivenName { get; init; }

    public required string FamilyName { get; init; }

    public DateOnly? BirthDate { get; init; }

    public Gender? Gender { get; init; }

    public string? Nationality { get; init; }

    public IReadOnlyList<string> Languages { get; init; } = [];

    public bool InterpreterNeeded { get; init; }

    public string? InterpreterLanguage { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    public string? Street { get; init; }

    public string? PostalCode { get; init; }

    public Aufenthaltsstatus Aufenthaltsstatus { get; init; } = Aufenthaltsstatus.Unbekannt;

    public DateOnly? AufenthaltsstatusValidUntil { get; init; }

    public DateOnly? EntryDate { get; init; }

    public ReferralSource ReferralSource { get; init; }

    public Guid? ReferringPartnerId { get; init; }

    public Rechtskreis LegalDomains { get; init; }

    /// <summary>Null: the case waits in the district team's inbox.</summary>
    public string? ResponsibleCaseManager { get; init; }

    public string? DeputyCaseManager { get; init; }

    public int? ReassessmentIntervalMonths { get; init; }
}
