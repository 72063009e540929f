namespace Kim.Workflows.Domain.Cases;

public sealed class CaseNote
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid CaseId { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public required string Author { get; init; }

    public required string Text { get; set; }
}
