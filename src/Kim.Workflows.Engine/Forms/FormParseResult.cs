using Kim.Workflows.Engine.Validation;

namespace Kim.Workflows.Engine.Forms;

/// <summary>A parsed form, or the German problems that keep it from being deployed.</summary>
public sealed record FormParseResult(FormDefinition? Form, IReadOnlyList<ValidationProblem> Problems)
{
    public bool IsValid => Form is not null && Problems.Count == 0;

    /// <summary>The form's id as far as it could be read, also when the form is broken (so references to it are not reported twice).</summary>
    public string? FormId { get; init; }
}
