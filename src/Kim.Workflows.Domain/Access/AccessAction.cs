namespace Kim.Workflows.Domain.Access;

public enum AccessAction
{
    Read,
    Update,
    Create,
    Export,
    Anonymize,
    Denied,
}
