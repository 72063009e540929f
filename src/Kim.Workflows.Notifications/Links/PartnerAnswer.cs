namespace Kim.Workflows.Notifications.Links;

/// <summary>What a partner answers to a Fallkonferenz invitation by following a link.</summary>
public enum PartnerAnswer
{
    Accept,
    Decline,
}
