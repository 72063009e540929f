namespace Kim.Workflows.Application.Cases;

/// <summary>
/// A Fallkonferenz planned in the case file's form: the <c>fallkonferenz</c> workflow then skips its planning task and
/// goes straight to the consent check and the invitations. Date and time are Berlin wall-clock values.
/// </summary>
public sealed record FallkonferenzPlan(
    string Anlass, DateOnly Date, TimeOnly Time, int DurationMinutes, string? Location, string? VideoLink, string Agenda,
    IReadOnlyList<string> PartnerIds, IReadOnlyList<string> DataCategoryIds, bool ClientAttends)
{
    /// <summary>The id of the conference record (and the workflow's <c>conferenceId</c>): known before the start, so callers can link to it.</summary>
    public Guid ConferenceId { get; init; } = Guid.NewGuid();
}
