namespace Kim.Workflows.Domain.Consultations;

/// <summary>One criterion of a pre-check checklist; the key is also the BPMN form field id.</summary>
public sealed record ChecklistCriterion(string Key, string Question);
