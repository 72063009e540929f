namespace Kim.Workflows.Engine.Commands;

/// <summary>
/// A command was refused because a step it would run cannot run (an expression or a variable it needs):
/// nothing was saved, and <see cref="Exception.Message"/> says in German which step and why, for the person
/// who sent the command. <see cref="Cause"/> keeps the technical reason for logs and administrators.
/// </summary>
public sealed class StepFailedException : EngineException
{
    public StepFailedException(string message, string? elementId, string stepLabel, string? missingVariable, EngineException cause)
        : base(message, elementId, cause)
    {
        StepLabel = stepLabel;
        MissingVariable = missingVariable;
        Cause = cause.Message;
    }

    public StepFailedException()
    {
        StepLabel = "";
        Cause = "";
    }

    public StepFailedException(string message)
        : base(message)
    {
        StepLabel = "";
        Cause = "";
    }

    public StepFailedException(string message, Exception inner)
        : base(message, inner)
    {
        StepLabel = "";
        Cause = "";
    }

    /// <summary>The step as a process owner knows it: id and name ("Task_1 (Assessment)").</summary>
    public string StepLabel { get; }

    /// <summary>Set when the step needs a variable the instance does not have.</summary>
    public string? MissingVariable { get; }

    public string Cause { get; }
}
