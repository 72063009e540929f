using Kim.Workflows.Engine.Commands;
using Kim.Workflows.Runtime;
using Kim.Workflows.Runtime.Persistence;
using Kim.Workflows.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Web.Api;

/// <summary>
/// Incidents (<c>/api/incidents</c>, administration): GET lists the open ones; POST /{id}/retry runs the failed job again.
/// </summary>
public static class IncidentsApi
{
    public static RouteGroupBuilder MapIncidentsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/incidents")
            .WithTags("Störungen")
            .RequireAuthorization(KimPolicies.Administration)
            .WithKimApiProtection();
        api.MapGet("/", ListAsync).WithName("ListIncidents");
        api.MapPost("/{id:guid}/retry", RetryAsync).WithName("RetryIncident");
        return api;
    }

    private static async Task<Ok<List<IncidentView>>> ListAsync(WorkflowDbContextFactory contexts, CancellationToken ct)
    {
        await using var db = contexts.Create();
        return TypedResults.Ok(await db.Incidents.AsNoTracking().Where(i => i.ResolvedAt == null).OrderBy(i => i.CreatedAt).Take(500)
            .Select(i => new IncidentView(i.Id, i.InstanceId, i.ElementId, i.Message, i.CreatedAt, i.ResolvedAt)).ToListAsync(ct));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RetryAsync(Guid id, WorkflowRuntime runtime, CancellationToken ct)
    {
        try
        {
            await runtime.RetryIncidentAsync(id, ct);
            return TypedResults.NoContent();
        }
        catch (NotFoundException)
        {
            return ApiProblems.NotFound("Diese Störung gibt es nicht oder sie ist schon behoben.");
        }
        catch (ConcurrencyConflictException)
        {
            return ApiProblems.Conflict("Die Instanz wurde gerade geändert; bitte erneut versuchen.");
        }
        catch (StepFailedException e)
        {
            return ApiProblems.StepFailed(e, "Die Störung wurde nicht behoben.");
        }
    }
}
