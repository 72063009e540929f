namespace Kim.Workflows.Application.Staff;

/// <summary>Names and mailboxes of staff, by user name and district (the web host's logins fill it in production).</summary>
public interface IStaffDirectory
{
    /// <summary>Display name of a user, or the user name itself when unknown.</summary>
    string DisplayName(string? userName);

    /// <summary>Mailbox of a case manager; the district team's mailbox when the case has none yet.</summary>
    string CaseManagerEmail(string? userName, string districtId);

    /// <summary>Mailbox of the district's coordination.</summary>
    string CoordinationEmail(string districtId);

    /// <summary>Personal mailbox of a staff member (any role), or null when unknown (then no personal notice is sent).</summary>
    string? EmailOf(string userName) => null;
}
