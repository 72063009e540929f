using System.Security.Claims;

namespace Kim.Workflows.Web.Auth;

/// <summary>Reads and writes the KIM claims of a signed-in user.</summary>
public static class KimPrincipal
{
    public static void AddKimClaims(ClaimsIdentity identity, string? displayName, IReadOnlyList<string> roles, IReadOnlyList<string> districtIds, bool kreisWide)
    {
        if (!string.IsNullOrWhiteSpace(displayName))
        {
            identity.AddClaim(new Claim(KimClaimTypes.DisplayName, displayName));
        }

        foreach (var district in districtIds)
        {
            identity.AddClaim(new Claim(KimClaimTypes.District, district));
        }

        if (kreisWide)
        {
            identity.AddClaim(new Claim(KimClaimTypes.KreisWide, "true"));
        }

        var existing = identity.FindAll(KimClaimTypes.Group).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var group in CandidateGroups.For(roles, districtIds, kreisWide).Where(existing.Add))
        {
            identity.AddClaim(new Claim(KimClaimTypes.Group, group));
        }
    }

    /// <summary>The user id written to the engine's journal and task rows (the login name).</summary>
    public static string UserId(this ClaimsPrincipal user) => user.Identity?.Name ?? "unbekannt";

    public static string DisplayName(this ClaimsPrincipal user) => user.FindFirst(KimClaimTypes.DisplayName)?.Value ?? user.UserId();

    public static IReadOnlyList<string> Groups(this ClaimsPrincipal user) => [.. user.FindAll(KimClaimTypes.Group).Select(c => c.Value).Distinct(StringComparer.Ordinal)];

    public static IReadOnlyList<string> Districts(this ClaimsPrincipal user) => [.. user.FindAll(KimClaimTypes.District).Select(c => c.Value)];

    public static bool IsKreisWide(this ClaimsPrincipal user) => user.HasClaim(KimClaimTypes.KreisWide, "true");

    public static bool IsApiKey(this ClaimsPrincipal user) => user.HasClaim(c => c.Type == KimClaimTypes.ApiKeyId);

    public static IReadOnlyList<string> KimRoleNames(this ClaimsPrincipal user) => [.. KimRoles.All.Where(user.IsInRole)];
}
