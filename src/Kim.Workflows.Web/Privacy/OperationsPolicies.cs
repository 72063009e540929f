using Kim.Workflows.Web.Auth;
using Microsoft.AspNetCore.Authorization;

namespace Kim.Workflows.Web.Privacy;

/// <summary>Policies of the Baustein-1 pages (controlling, findings, data protection); the domain rules check districts and cases.</summary>
public static class OperationsPolicies
{
    /// <summary>Controlling dashboard and CSV: coordination only (aggregates, no names).</summary>
    public const string Controlling = "kim:controlling";

    /// <summary>Process analysis per workflow version: coordination and process owners.</summary>
    public const string ProcessAnalysis = "kim:process-analysis";

    /// <summary>Record a structural finding from a case: case management.</summary>
    public const string RecordFinding = "kim:findings-record";

    /// <summary>See, bundle and take findings to the Lenkungsgruppe: coordination.</summary>
    public const string Findings = "kim:findings";

    /// <summary>Art. 15 export and recording requests of a case: case management (for their cases).</summary>
    public const string CaseExport = "kim:case-export";

    /// <summary>Access log review and the request register: administration (data protection).</summary>
    public const string PrivacyAdministration = "kim:privacy-admin";

    /// <summary>Record correction and deletion requests: case management for their cases, administration for any.</summary>
    public const string DataSubjectRequests = "kim:data-subject-requests";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(DataSubjectRequests, p => p.RequireRole(KimRoles.Fallmanagement, KimRoles.Administration));
        options.AddPolicy(Controlling, p => p.RequireRole(KimRoles.Koordination));
        options.AddPolicy(ProcessAnalysis, p => p.RequireRole(KimRoles.Koordination, KimRoles.Prozessverantwortliche));
        options.AddPolicy(RecordFinding, p => p.RequireRole(KimRoles.Fallmanagement));
        options.AddPolicy(Findings, p => p.RequireRole(KimRoles.Koordination));
        options.AddPolicy(CaseExport, p => p.RequireRole(KimRoles.Fallmanagement));
        options.AddPolicy(PrivacyAdministration, p => p.RequireRole(KimRoles.Administration));
    }
}
