using Kim.Workflows.Web.Auth;
using Microsoft.AspNetCore.Authorization;

namespace Kim.Workflows.Web.Cases;

/// <summary>
/// Policies of the case pages. The list and the file are open to every staff role so that the page can explain a
/// refusal (coordination: aggregates only; ABH/EBH: only their consultations); <see cref="Domain.Access.CaseAccessPolicy"/>
/// decides per case. Intake is for case management only: opening a file means entering personal data, which the
/// coordination never handles (it sees aggregates), and the new case lands in a case-management team anyway.
/// </summary>
public static class CasePolicies
{
    public const string Cases = "kim:cases";

    public const string Intake = "kim:case-intake";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Cases, p => p.RequireRole([.. KimRoles.All]));
        options.AddPolicy(Intake, p => p.RequireRole(KimRoles.Fallmanagement));
    }
}
