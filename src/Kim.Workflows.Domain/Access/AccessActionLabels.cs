namespace Kim.Workflows.Domain.Access;

/// <summary>
/// The German words the access log shows for <see cref="AccessAction"/> and <see cref="KimRole"/>, on the page and in
/// every export: the one table beside the enums, so a data subject reads "Zugriff verweigert", never <c>Denied</c>.
/// </summary>
public static class AccessActionLabels
{
    public static string Of(AccessAction action) => action switch
    {
        AccessAction.Read => "Gelesen",
        AccessAction.Update => "Geändert",
        AccessAction.Create => "Angelegt",
        AccessAction.Export => "Exportiert",
        AccessAction.Anonymize => "Anonymisiert",
        AccessAction.Denied => "Zugriff verweigert",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "No German label for this access action."),
    };

    /// <summary>The role as the log names it; a role added later shows its code until it gets a word here.</summary>
    public static string Of(KimRole role) => role switch
    {
        KimRole.CaseManager => "Fallmanagement",
        KimRole.Coordination => "Koordination",
        KimRole.Auslaenderbehoerde => "Ausländerbehörde",
        KimRole.Einbuergerungsbehoerde => "Einbürgerungsbehörde",
        KimRole.ProcessOwner => "Prozessverantwortliche",
        KimRole.Administrator => "Administration",
        _ => role.ToString(),
    };
}
