using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Districts;

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

    /// <summary>
    /// The districts (and Kreis-wide flag) a set of candidate groups stands for, for principals that have groups but no
    /// district claims (API keys): <c>cm-&lt;district&gt;</c> counts for Fallmanagement, <c>koordination-&lt;district&gt;</c> and
    /// <c>koordination-kreis</c> for Koordination. The inverse of <see cref="For"/>, so a key scoped to <c>cm-sued</c> meets the
    /// case-access rules like a member of the Südkreis team.
    /// </summary>
    public static (IReadOnlyList<string> Districts, bool KreisWide) DistrictsOf(IReadOnlyList<string> roles, IEnumerable<string> groups)
    {
        var caseManager = roles.Contains(KimRoles.Fallmanagement);
        var coordination = roles.Contains(KimRoles.Koordination);
        var districts = new List<string>();
        var kreisWide = false;
        foreach (var group in groups)
        {
            if (coordination && group == KimGroups.CoordinationKreis)
            {
                kreisWide = true;
            }
            else if (caseManager && group.StartsWith(KimGroups.CaseManagementPrefix, StringComparison.Ordinal))
            {
                districts.Add(group[KimGroups.CaseManagementPrefix.Length..]);
            }
            else if (coordination && group.StartsWith(KimGroups.CoordinationPrefix, StringComparison.Ordinal))
            {
                districts.Add(group[KimGroups.CoordinationPrefix.Length..]);
            }
        }

        return ([.. districts.Where(d => d.Length > 0).Distinct(StringComparer.Ordinal)], kreisWide);
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
