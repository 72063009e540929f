using Kim.Workflows.Domain.Access;

namespace Kim.Workflows.Web.Auth;

/// <summary>The candidate groups of a login, computed by the domain's <see cref="KimUser"/> from role and districts.</summary>
public static class CandidateGroups
{
    public static IReadOnlyList<string> For(IEnumerable<string> roles, IReadOnlyList<string> districtIds, bool kreisWide)
    {
        var groups = new List<string>();
        foreach (var role in roles)
        {
            if (ToKimRole(role) is not { } kimRole)
            {
                continue;
            }

            var user = new KimUser("-", "-", kimRole, districtIds) { KreisWide = kreisWide };
            groups.AddRange(user.CandidateGroups.Where(g => !groups.Contains(g)));
        }

        return groups;
    }

    public static KimRole? ToKimRole(string role) => role switch
    {
        KimRoles.Prozessverantwortliche => KimRole.ProcessOwner,
        KimRoles.Fallmanagement => KimRole.CaseManager,
        KimRoles.Koordination => KimRole.Coordination,
        KimRoles.Auslaenderbehoerde => KimRole.Auslaenderbehoerde,
        KimRoles.Einbuergerungsbehoerde => KimRole.Einbuergerungsbehoerde,
        KimRoles.Administration => KimRole.Administrator,
        _ => null,
    };
}
