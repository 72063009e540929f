namespace Kim.Workflows.Domain.Privacy;

/// <summary>Filter of the access log review: all parts optional; dates are Warendorf calendar days, both inclusive.</summary>
public sealed record AccessLogFilter(string? UserName = null, string? CaseNumber = null, DateOnly? From = null, DateOnly? To = null, int Page = 1, int PageSize = 100);
