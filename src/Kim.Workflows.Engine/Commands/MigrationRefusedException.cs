namespace Kim.Workflows.Engine.Commands;

/// <summary>A migration that would lose a waiting token; nothing was changed. Each reason names the element.</summary>
public sealed class MigrationRefusedException : Exception
{
    public MigrationRefusedException(IReadOnlyList<string> reasons)
        : base("Die Instanz kann nicht migriert werden: " + string.Join(" ", reasons)) => Reasons = reasons;

    public MigrationRefusedException()
    {
        Reasons = [];
    }

    public MigrationRefusedException(string message)
        : base(message)
    {
        Reasons = [message];
    }

    public MigrationRefusedException(string message, Exception inner)
        : base(message, inner)
    {
        Reasons = [message];
    }

    public IReadOnlyList<string> Reasons { get; }
}
