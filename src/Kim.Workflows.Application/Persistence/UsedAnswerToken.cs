namespace Kim.Workflows.Application.Persistence;

/// <summary>An answer link that was used once; a second use is a replay and changes nothing.</summary>
public sealed class UsedAnswerToken
{
    public required string TokenId { get; init; }

    public required string ConferenceId { get; init; }

    public required string PartnerId { get; init; }

    public required string Answer { get; init; }

    public DateTimeOffset UsedAt { get; init; }
}
