using Kim.Workflows.Domain.Access;

namespace Kim.Workflows.Domain.Seeding;

/// <summary>
/// A demo login. The web host creates the account (with a demo password of its own choosing);
/// the domain only knows names, roles and districts.
/// </summary>
public sealed record DemoUser(string UserName, string DisplayName, KimRole Role, IReadOnlyList<string> DistrictIds, string Email, bool KreisWide = false)
{
    public KimUser ToKimUser() => new(UserName, DisplayName, Role, DistrictIds, Email) { KreisWide = KreisWide };

    public IReadOnlyList<string> CandidateGroups => ToKimUser().CandidateGroups;
}
