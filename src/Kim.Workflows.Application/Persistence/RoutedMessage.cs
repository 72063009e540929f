namespace Kim.Workflows.Application.Persistence;

/// <summary>A thrown message already routed (by its outbox key), so a repeated outbox row routes nothing twice.</summary>
public sealed class RoutedMessage
{
    public required string Key { get; init; }

    public DateTimeOffset RoutedAt { get; init; }

    public required string Outcome { get; init; }
}
