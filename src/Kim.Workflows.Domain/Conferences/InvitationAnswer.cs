namespace Kim.Workflows.Domain.Conferences;

public enum InvitationAnswer
{
    Offen,
    Zugesagt,
    Abgesagt,
    /// <summary>Not invited because no valid consent covers this partner (see the reason).</summary>
    NichtEingeladen,
}
