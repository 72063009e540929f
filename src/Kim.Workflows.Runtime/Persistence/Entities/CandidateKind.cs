namespace Kim.Workflows.Runtime.Persistence.Entities;

public enum CandidateKind
{
    Group,
    User,
}
