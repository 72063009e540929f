namespace Kim.Workflows.Engine.Commands;

public sealed record TimerFireResult(TimerFireOutcome Outcome, DateTimeOffset? DueAt, CommandResult? Command);
