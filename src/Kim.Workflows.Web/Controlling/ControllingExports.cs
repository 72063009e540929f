using Kim.Workflows.Domain.Controlling;
using Kim.Workflows.Domain.Time;
using Kim.Workflows.Web.Privacy;

namespace Kim.Workflows.Web.Controlling;

/// <summary>CSV download of every controlling table (Sachbericht / Verwendungsnachweis).</summary>
public static class ControllingExports
{
    public static IEndpointRouteBuilder MapControllingExports(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/controlling/csv/{table}", async Task<IResult> (string table, string? bezirk, DateOnly? von, DateOnly? bis,
                HttpContext http, ControllingService controlling, TimeProvider time, CancellationToken ct) =>
            {
                var request = ControllingRequest.From(http.User, bezirk, von, bis, KimCalendar.Today(time), out var problem);
                if (request is null)
                {
                    return problem is null ? Results.BadRequest() : Results.Problem(problem, statusCode: StatusCodes.Status403Forbidden);
                }

                var report = await controlling.BuildAsync(request.Period, request.DistrictId, ct);
                return report.Table(table) is { } t
                    ? Results.File(ControllingCsv.ToBytes(report, t), "text/csv; charset=utf-8", ControllingCsv.FileName(report, t))
                    : Results.NotFound();
            })
            .RequireAuthorization(OperationsPolicies.Controlling)
            .WithName("ControllingCsv")
            .ExcludeFromDescription();
        return routes;
    }
}
