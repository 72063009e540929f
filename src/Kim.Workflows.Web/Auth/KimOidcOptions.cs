namespace Kim.Workflows.Web.Auth;

/// <summary>
/// OpenID Connect sign-in (e.g. the municipal Keycloak), section <c>KimWeb:Oidc</c>. Enabled when
/// <see cref="Authority"/> and <see cref="ClientId"/> are set. Roles and groups come from the token's claims.
/// </summary>
public sealed class KimOidcOptions
{
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Button text on the sign-in page.</summary>
    public string DisplayName { get; set; } = "Mit dem Konto der Kreisverwaltung anmelden";

    /// <summary>The claim holding role names (ours, e.g. <c>Fallmanagement</c>, or the domain's enum names).</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>The claim holding groups; values that are candidate groups (e.g. <c>cm-ahlen</c>, a leading '/' is dropped) are kept.</summary>
    public string GroupsClaim { get; set; } = "groups";

    /// <summary>The claim holding the user's district ids (case management, coordination).</summary>
    public string DistrictClaim { get; set; } = "kim_district";

    public string[] Scopes { get; set; } = ["openid", "profile", "email"];

    public bool RequireHttpsMetadata { get; set; } = true;

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}
