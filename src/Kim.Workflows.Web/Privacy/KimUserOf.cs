using System.Security.Claims;
using Kim.Workflows.Domain.Access;
using Kim.Workflows.Web.Auth;

namespace Kim.Workflows.Web.Privacy;

/// <summary>The domain's view of a signed-in user (role, districts, Kreis-wide), for the access rules.</summary>
public static class KimUserOf
{
    // When a login has several roles, the most restricted one decides what the page shows.
    private static readonly KimRole[] Precedence =
        [KimRole.CaseManager, KimRole.Coordination, KimRole.Auslaenderbehoerde, KimRole.Einbuergerungsbehoerde, KimRole.ProcessOwner, KimRole.Administrator];

    public static KimUser ToKimUser(this ClaimsPrincipal principal, KimRole? preferred = null)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var role = preferred is { } p && principal.IsInRole(KimRoles.Of(p))
            ? p
            : Precedence.FirstOrDefault(r => principal.IsInRole(KimRoles.Of(r)), (KimRole)(-1));
        return new KimUser(principal.UserId(), principal.DisplayName(), role, principal.Districts()) { KreisWide = principal.IsKreisWide() };
    }
}
