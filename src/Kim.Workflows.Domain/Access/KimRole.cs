namespace Kim.Workflows.Domain.Access;

public enum KimRole
{
    CaseManager,
    Coordination,
    Auslaenderbehoerde,
    Einbuergerungsbehoerde,
    ProcessOwner,
    Administrator,
}
