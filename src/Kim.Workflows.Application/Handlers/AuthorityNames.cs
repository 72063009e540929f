namespace Kim.Workflows.Application.Handlers;

/// <summary>German names of the authorities and consultation topics, as mails show them.</summary>
public static class AuthorityNames
{
    public static string Authority(string? code) =>
        string.Equals(code, "EBH", StringComparison.OrdinalIgnoreCase) ? "Einbürgerungsbehörde" : "Ausländerbehörde";

    public static string Topic(string? topic) => topic switch
    {
        "25a" => "Bleiberecht nach § 25a AufenthG (gut integrierte Jugendliche und junge Volljährige)",
        "25b" => "Bleiberecht nach § 25b AufenthG (nachhaltige Integration)",
        "stag10" => "Vorprüfung Einbürgerung nach § 10 StAG",
        null => "Anfrage des Fallmanagements",
        _ => topic,
    };
}
