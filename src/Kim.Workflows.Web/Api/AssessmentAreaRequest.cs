namespace Kim.Workflows.Web.Api;

/// <summary>
/// One life area of an assessment: <c>lebensbereich</c> (<c>aufenthalt</c>, <c>sprache</c>, <c>bildungAnerkennung</c>, <c>arbeit</c>,
/// <c>wohnen</c>, <c>gesundheit</c>, <c>finanzen</c>, <c>familieSchuleKita</c>, <c>teilhabe</c>; German names work too), <c>needLevel</c>
/// (<c>keinBedarf</c>, <c>geringerBedarf</c>, <c>bedarf</c>, <c>dringenderBedarf</c>; empty: not rated), needs and resources.
/// </summary>
public sealed record AssessmentAreaRequest(string? Lebensbereich, string? NeedLevel, string? Needs, string? Resources);
