namespace Kim.Workflows.Domain.Districts;

/// <summary>
/// Candidate-group names shared by the domain, the BPMN files (<c>camunda:candidateGroups</c>)
/// and the web logins. Kept in one place so a renamed group cannot silently orphan tasks.
/// </summary>
public static class KimGroups
{
    public const string CaseManagementPrefix = "cm-";
    public const string CoordinationPrefix = "koordination-";
    public const string CoordinationKreis = "koordination-kreis";
    public const string Auslaenderbehoerde = "abh";
    public const string Einbuergerungsbehoerde = "ebh";
    public const string ProcessOwners = "prozessverantwortung";
    public const string Administrators = "administration";

    public static string CaseManagement(string districtId) => CaseManagementPrefix + districtId;

    public static string Coordination(string districtId) => CoordinationPrefix + districtId;
}
