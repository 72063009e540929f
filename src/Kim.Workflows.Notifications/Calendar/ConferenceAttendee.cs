namespace Kim.Workflows.Notifications.Calendar;

/// <summary>An invited participant (a network partner's contact person or a colleague).</summary>
public sealed record ConferenceAttendee(string Name, string Email);
