using Kim.Workflows.Runtime.Persistence;
using Kim.Workflows.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kim.Workflows.Web.Api;

/// <summary>
/// <c>POST /api/admin/backup</c> (administration): an online backup of the SQLite files into <c>data/backups/&lt;instant&gt;/</c>
/// while the app runs (SQLite's backup API). On PostgreSQL a 409 that points to <c>pg_dump</c>. Restore: docs/deployment.md.
/// </summary>
public static class BackupApi
{
    public static RouteGroupBuilder MapBackupApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/admin")
            .WithTags("Sicherung")
            .RequireAuthorization(KimPolicies.Administration)
            .WithKimApiProtection();
        api.MapPost("/backup", BackupAsync).WithName("BackupDatabase");
        return api;
    }

    private static async Task<Results<Created<BackupResult>, ProblemHttpResult>> BackupAsync(DatabaseBackup backup, CancellationToken ct)
    {
        if (backup.IsPostgres)
        {
            return ApiProblems.Conflict("Eine PostgreSQL-Datenbank wird mit pg_dump gesichert (siehe docs/deployment.md), nicht über die Anwendung.");
        }

        var result = await backup.BackupAsync(cancellationToken: ct);
        return TypedResults.Created((string?)null, result);
    }
}
