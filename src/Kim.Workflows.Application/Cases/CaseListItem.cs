using Kim.Workflows.Domain.Cases;

namespace Kim.Workflows.Application.Cases;

/// <summary>One row of the case list.</summary>
public sealed record CaseListItem(
    Guid Id, string CaseNumber, string ClientName, string? Municipality, CasePhase Phase, string? Responsible, string? Deputy,
    DateOnly? NextReassessmentDue, bool ReassessmentOverdue);
