using System.Security.Claims;
using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Controlling;
using Kim.Workflows.Web.Privacy;

namespace Kim.Workflows.Web.Controlling;

/// <summary>
/// The period and scope of a controlling view from the query string (<c>?bezirk=ahlen&amp;von=2026-01-01&amp;bis=2026-06-30</c>),
/// checked against the user's districts. Default: the current calendar year up to today, the user's first district
/// (Kreis-wide coordination: the Kreis).
/// </summary>
public sealed record ControllingRequest(ControllingPeriod Period, string? DistrictId)
{
    public static ControllingRequest? From(ClaimsPrincipal principal, string? district, DateOnly? from, DateOnly? to, DateOnly today, out string? problem)
    {
        var user = principal.ToKimUser(KimRole.Coordination);
        var scope = district switch
        {
            null or "" => user.KreisWide || user.DistrictIds.Count == 0 ? null : user.DistrictIds[0],
            "kreis" => null,
            _ => district,
        };
        var decision = new CaseAccessPolicy().CanSeeAggregates(user, scope);
        if (scope is null && !user.KreisWide && user.Role == KimRole.Coordination)
        {
            decision = AccessDecision.Denied("Kreisweite Zahlen sieht die Koordinationsleitung.");
        }

        problem = decision.Reason;
        if (!decision.Allowed)
        {
            return null;
        }

        var start = from ?? new DateOnly(today.Year, 1, 1);
        var end = to ?? today;
        if (end < start)
        {
            problem = "Das Ende des Zeitraums liegt vor dem Anfang.";
            return null;
        }

        return new ControllingRequest(new ControllingPeriod(start, end), scope);
    }
}
