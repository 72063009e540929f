using System.Security.Claims;

namespace Kim.Workflows.Web.Auth;

/// <summary>
/// Maps an identity provider's token to KIM claims: role names (ours or the domain's enum names) from
/// <see cref="KimOidcOptions.RoleClaim"/>, districts, and groups that are candidate groups. Unknown roles are dropped,
/// so a provider cannot grant more than the six KIM roles.
/// </summary>
public static class OidcClaimMapper
{
    public static ClaimsPrincipal Map(ClaimsPrincipal external, KimOidcOptions options)
    {
        var identity = new ClaimsIdentity(external.Identity?.AuthenticationType ?? "oidc", ClaimTypes.Name, ClaimTypes.Role);
        var name = external.FindFirst("preferred_username")?.Value ?? external.FindFirst(ClaimTypes.Name)?.Value
            ?? external.FindFirst("sub")?.Value ?? external.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? "oidc-unbekannt";
        identity.AddClaim(new Claim(ClaimTypes.Name, name));
        if ((external.FindFirst("sub") ?? external.FindFirst(ClaimTypes.NameIdentifier)) is { } sub)
        {
            identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, sub.Value));
        }

        var roles = external.FindAll(options.RoleClaim).Concat(external.FindAll(ClaimTypes.Role))
            .Select(c => KimRoles.Normalize(c.Value)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        foreach (var role in roles)
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, role));
        }

        foreach (var group in external.FindAll(options.GroupsClaim).Select(c => c.Value.TrimStart('/')).Where(g => g.Length > 0).Distinct(StringComparer.Ordinal))
        {
            identity.AddClaim(new Claim(KimClaimTypes.Group, group));
        }

        var districts = external.FindAll(options.DistrictClaim).Select(c => c.Value).Distinct(StringComparer.Ordinal).ToList();
        var displayName = external.FindFirst("name")?.Value ?? name;
        KimPrincipal.AddKimClaims(identity, displayName, roles, districts, external.HasClaim("kim_kreisweit", "true"));
        return new ClaimsPrincipal(identity);
    }
}
