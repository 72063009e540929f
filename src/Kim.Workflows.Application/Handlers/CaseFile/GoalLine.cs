using Kim.Workflows.Domain.Assessment;

namespace Kim.Workflows.Application.Handlers.CaseFile;

/// <summary>An Ergebnisziel line of the goals form ("Lebensbereich: Ziel; Zieldatum") with the step lines below it.</summary>
internal sealed record GoalLine(Lebensbereich Lebensbereich, string Description, DateOnly? TargetDate, IReadOnlyList<StepLine> Steps);
