namespace Kim.Workflows.Application.Handlers.CaseFile;

/// <summary>A Handlungsziel line of the goals form: "- Schritt; wer handelt; fällig am".</summary>
internal sealed record StepLine(string Description, string? Responsible, DateOnly? DueOn);
