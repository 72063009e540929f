namespace Kim.Workflows.Web.Auth;

/// <summary>Claims the sign-in adds beside name and roles.</summary>
public static class KimClaimTypes
{
    /// <summary>A candidate group the user works from (e.g. <c>cm-ahlen</c>); the inbox filters on these.</summary>
    public const string Group = "kim:group";

    /// <summary>A district of the user (case management, coordination).</summary>
    public const string District = "kim:district";

    /// <summary>"true" for Kreis-wide coordination.</summary>
    public const string KreisWide = "kim:kreisweit";

    public const string DisplayName = "kim:name";

    /// <summary>Set on API-key principals (the key's id); such requests carry no ambient credentials.</summary>
    public const string ApiKeyId = "kim:apikey";
}
