namespace Kim.Workflows.Web.Api;

/// <summary>
/// A consultation of the Ausländerbehörde (<c>authority</c> = <c>abh</c>; topics <c>25a</c>, <c>25b</c>, <c>sonstige</c>) or the
/// Einbürgerungsbehörde (<c>ebh</c>; topic <c>10stag</c>). Without a question the case manager words it in the first task.
/// </summary>
public sealed record ConsultationStartRequest(string? Authority, string? Topic, string? Question);
