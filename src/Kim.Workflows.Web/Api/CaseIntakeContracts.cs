namespace Kim.Workflows.Web.Api;

/// <summary>
/// Intake over the API: the minimal data of the intake page (<c>/faelle/neu</c>). Enum values as text
/// (<c>referralSource</c>: selbstmeldung, agenturFuerArbeit, …; <c>legalDomains</c>: sgbII, sgbIII, sgbVIII, sgbXII, asylbLG, keiner).
/// </summary>
public sealed record CaseIntakeRequest(
    string? GivenName, string? FamilyName, DateOnly? BirthDate, string? Municipality, string? ReferralSource, IReadOnlyList<string>? LegalDomains,
    IReadOnlyList<string>? Languages, bool InterpreterNeeded, string? InterpreterLanguage, string? Phone, string? Email, string? ResidenceStatus,
    DateOnly? ResidenceValidUntil, bool? TakeOver);

/// <summary>
/// The new case. <see cref="Visible"/> is false when the case went to another district's team: the caller then learns the
/// case number and the district, not the file.
/// </summary>
public sealed record CaseCreated(Guid? Id, string CaseNumber, string DistrictId, string DistrictName, string? ResponsibleCaseManager, bool Visible);
