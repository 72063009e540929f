using Kim.Workflows.Domain.Access;

namespace Kim.Workflows.Web.Auth;

/// <summary>The role names of sign-in (Identity roles, OIDC role claims, API-key scopes): the words the users say.</summary>
public static class KimRoles
{
    public const string Prozessverantwortliche = "Prozessverantwortliche";
    public const string Fallmanagement = "Fallmanagement";
    public const string Koordination = "Koordination";
    public const string Auslaenderbehoerde = "Auslaenderbehoerde";
    public const string Einbuergerungsbehoerde = "Einbuergerungsbehoerde";
    public const string Administration = "Administration";

    public static IReadOnlyList<string> All { get; } =
        [Prozessverantwortliche, Fallmanagement, Koordination, Auslaenderbehoerde, Einbuergerungsbehoerde, Administration];

    public static string Of(KimRole role) => role switch
    {
        KimRole.ProcessOwner => Prozessverantwortliche,
        KimRole.CaseManager => Fallmanagement,
        KimRole.Coordination => Koordination,
        KimRole.Auslaenderbehoerde => Auslaenderbehoerde,
        KimRole.Einbuergerungsbehoerde => Einbuergerungsbehoerde,
        KimRole.Administrator => Administration,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// <summary>A role name from configuration or an identity provider: ours, the domain's enum name, or case-insensitive.</summary>
    public static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var match = All.FirstOrDefault(r => string.Equals(r, value.Trim(), StringComparison.OrdinalIgnoreCase));
        if (match is not null)
        {
            return match;
        }

        return Enum.TryParse<KimRole>(value.Trim(), ignoreCase: true, out var role) ? Of(role) : null;
    }

    /// <summary>German display name (umlauts) for pages.</summary>
    public static string DisplayName(string role) => role switch
    {
        Auslaenderbehoerde => "Ausländerbehörde",
        Einbuergerungsbehoerde => "Einbürgerungsbehörde",
        _ => role,
    };
}
