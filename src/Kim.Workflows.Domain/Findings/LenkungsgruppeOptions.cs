namespace Kim.Workflows.Domain.Findings;

/// <summary>
/// Who belongs to the Lenkungsgruppe (section <c>KimWorkflows:Lenkungsgruppe</c>). Members are
/// organisations, never clients: each entry is either a partner directory id (a slug of the name such
/// as <c>jobcenter-kreis-warendorf</c>, a kind such as <c>abh</c>, or a Guid) or a direct mailbox written as
/// <c>Name &lt;adresse@example.org&gt;</c> for bodies outside the directory (Kreis departments, municipalities).
/// The defaults are the demo's fictitious addresses; configure the real ones (a configured list replaces them).
/// </summary>
public sealed class LenkungsgruppeOptions
{
    public const string Section = "KimWorkflows:Lenkungsgruppe";

    public static readonly IReadOnlyList<string> DefaultMembers =
    [
        "Sozialamt Kreis Warendorf <sozialamt@kreis-warendorf.example>",
        "Schulamt für den Kreis Warendorf <schulamt@kreis-warendorf.example>",
        "jugendamt-kreis-warendorf",
        "jobcenter-kreis-warendorf",
        "agentur-fuer-arbeit-geschaeftsstelle-ahlen",
        "auslaenderbehoerde-kreis-warendorf",
        "einbuergerungsbehoerde-kreis-warendorf",
        "caritasverband-demo",
        "diakonie-demo",
        "awo-unterbezirk-demo",
        "Stadt Ahlen, Integrationsbeauftragte <integration@ahlen.example>",
        "Stadt Beckum, Integrationsbeauftragte <integration@beckum.example>",
        "Bürgermeisterkonferenz Südkreis <buergermeister-suedkreis@kommunen-warendorf.example>",
        "Bürgermeisterkonferenz Nordkreis <buergermeister-nordkreis@kommunen-warendorf.example>",
    ];

    /// <summary>The members; empty means <see cref="DefaultMembers"/>.</summary>
    public List<string> Members { get; set; } = [];

    /// <summary>Title used in subjects and calendar entries.</summary>
    public string MeetingTitle { get; set; } = "Sitzung der Lenkungsgruppe KIM";

    /// <summary>Mailbox of the Kreis-wide coordination that sends the invitations and receives replies.</summary>
    public string? CoordinationEmail { get; set; }

    public IReadOnlyList<string> EffectiveMembers => Members.Count > 0 ? Members : DefaultMembers;
}
