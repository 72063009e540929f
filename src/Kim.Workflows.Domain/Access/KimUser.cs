using Kim.Workflows.Domain.Districts;

namespace Kim.Workflows.Domain.Access;

/// <summary>
/// A staff member as the domain sees them: role and districts. The web host maps its logins
/// (claims) to this; the domain never sees passwords.
/// </summary>
public sealed record KimUser(string UserName, string DisplayName, KimRole Role, IReadOnlyList<string> DistrictIds, string? Email = null)
{
    /// <summary>Coordination lead and other Kreis-wide staff.</summary>
    public bool KreisWide { get; init; }

    /// <summary>The candidate groups this user works from (the engine's task inbox filters on them).</summary>
    public IReadOnlyList<string> CandidateGroups => Role switch
    {
        KimRole.CaseManager => [.. DistrictIds.Select(KimGroups.CaseManagement)],
        KimRole.Coordination => KreisWide
            ? [KimGroups.CoordinationKreis, .. DistrictIds.Select(KimGroups.Coordination)]
            : [.. DistrictIds.Select(KimGroups.Coordination)],
        KimRole.Auslaenderbehoerde => [KimGroups.Auslaenderbehoerde],
        KimRole.Einbuergerungsbehoerde => [KimGroups.Einbuergerungsbehoerde],
        KimRole.ProcessOwner => [KimGroups.ProcessOwners],
        KimRole.Administrator => [KimGroups.Administrators],
        _ => [],
    };
}
