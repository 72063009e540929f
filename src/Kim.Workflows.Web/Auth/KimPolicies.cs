using Microsoft.AspNetCore.Authorization;

namespace Kim.Workflows.Web.Auth;

/// <summary>
/// Authorisation policies per area. Every page and endpoint names one (the fallback policy demands a signed-in
/// user for anything that names none).
/// </summary>
public static class KimPolicies
{
    /// <summary>Designer, save and publish definitions.</summary>
    public const string Designer = "kim:designer";

    /// <summary>Read workflow definitions (designer read-only, XML, list).</summary>
    public const string DefinitionsRead = "kim:definitions-read";

    /// <summary>Any staff member with a KIM role: the task inbox.</summary>
    public const string Inbox = "kim:inbox";

    /// <summary>"Alle" tasks: coordination and administration.</summary>
    public const string InboxAll = "kim:inbox-all";

    /// <summary>Instance monitor, variables, incidents, cancel, migrate, Hangfire dashboard, API keys.</summary>
    public const string Administration = "kim:administration";

    /// <summary>Start instances and correlate messages over the API (case workers, coordination, administration).</summary>
    public const string Instances = "kim:instances";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Designer, p => p.RequireRole(KimRoles.Prozessverantwortliche));
        options.AddPolicy(DefinitionsRead, p => p.RequireRole(KimRoles.Prozessverantwortliche, KimRoles.Administration));
        options.AddPolicy(Inbox, p => p.RequireRole([.. KimRoles.All]));
        options.AddPolicy(InboxAll, p => p.RequireRole(KimRoles.Koordination, KimRoles.Administration));
        options.AddPolicy(Administration, p => p.RequireRole(KimRoles.Administration));
        options.AddPolicy(Instances, p => p.RequireRole(
            KimRoles.Fallmanagement, KimRoles.Koordination, KimRoles.Auslaenderbehoerde, KimRoles.Einbuergerungsbehoerde, KimRoles.Administration));
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
