namespace Kim.Workflows.Web.Api;

/// <summary>
/// A Fallkonferenz planned from the case file (as the page's form): date and time are Berlin wall-clock values,
/// <see cref="PartnerIds"/> are directory ids (slugs such as <c>jobcenter-kreis-warendorf</c> or Guids), <see cref="DataCategories"/>
/// category names (<c>arbeit</c>, <c>familie</c>, <c>aufenthalt</c>, …).
/// </summary>
public sealed record ConferencePlanRequest(
    string? Occasion, DateOnly? Date, TimeOnly? Time, int? DurationMinutes, string? Location, string? VideoLink, string? Agenda,
    IReadOnlyList<string>? PartnerIds, IReadOnlyList<string>? DataCategories, bool ClientAttends);

/// <summary>A new date for a conference whose invitations are out (message <c>Fallkonferenz_Verschoben</c>).</summary>
public sealed record ConferenceRescheduleRequest(DateOnly? Date, TimeOnly? Time, string? Reason);

/// <summary>Calling a conference off (message <c>Fallkonferenz_Abgesagt</c>): the invited partners get an iCalendar CANCEL.</summary>
public sealed record ConferenceCancelRequest(string? Reason);

/// <summary>A started conference or consultation: its id and where the case summary shows it.</summary>
public sealed record CaseWorkStarted(Guid Id, string CaseNumber, string Location);
