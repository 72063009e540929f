namespace Kim.Workflows.Web.Api;

/// <summary>
/// An Ergebnisziel: <c>lebensbereich</c> (as in <see cref="AssessmentAreaRequest"/>), description, target date, <c>status</c>
/// (<c>offen</c>, <c>inArbeit</c>, <c>erreicht</c>, <c>teilweiseErreicht</c>, <c>nichtErreicht</c>, <c>verworfen</c>), degree of
/// achievement 0–100 (erreicht = 100, offen = 0). <c>version</c> is required for a change (PUT): the one the last answer gave.
/// </summary>
public sealed record GoalRequest(string? Lebensbereich, string? Description, DateOnly? TargetDate, string? Status, int? AchievementPercent, int? Version);
