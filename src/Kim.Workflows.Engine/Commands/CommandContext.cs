namespace Kim.Workflows.Engine.Commands;

/// <summary>Who issued a command and what it was, for the journal ("every command with user and time").</summary>
public sealed record CommandContext(string Command, string? UserId)
{
    public static CommandContext System(string command) => new(command, null);
}
