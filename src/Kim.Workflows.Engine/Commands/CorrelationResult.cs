namespace Kim.Workflows.Engine.Commands;

/// <summary>How a message correlation ended. A message that matches nothing is a result, not an exception.</summary>
public sealed record CorrelationResult(CorrelationOutcome Outcome, Guid? InstanceId, string Message, CommandResult? Command = null)
{
    public bool Matched => Outcome is CorrelationOutcome.Delivered or CorrelationOutcome.StartedInstance;
}
