using Kim.Workflows.Domain.Assessment;

namespace Kim.Workflows.Application.Cases;

/// <summary>One life area of an assessment as entered: a need level (null: not rated this time), needs and resources.</summary>
public sealed record AssessmentAreaInput
{
    public Lebensbereich Lebensbereich { get; init; }

    public NeedLevel? NeedLevel { get; init; }

    public string? Needs { get; init; }

    public string? Resources { get; init; }

    public bool IsRated => NeedLevel is not null;

    public bool HasText => !string.IsNullOrWhiteSpace(Needs) || !string.IsNullOrWhiteSpace(Resources);
}
