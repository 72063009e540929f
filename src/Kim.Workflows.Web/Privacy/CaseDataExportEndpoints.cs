using Kim.Workflows.Domain.Privacy;

namespace Kim.Workflows.Web.Privacy;

/// <summary>The Art. 15 export as a JSON download (the printable page is <c>/datenschutz/auskunft/{nr}</c>).</summary>
public static class CaseDataExportEndpoints
{
    public static IEndpointRouteBuilder MapCaseDataExports(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/datenschutz/auskunft/{caseNumber}/json", async Task<IResult> (string caseNumber, HttpContext http, CaseDataExporter exporter, CancellationToken ct) =>
            {
                try
                {
                    var export = await exporter.ExportAsync(http.User.ToKimUser(), caseNumber, "JSON", ct);
                    return export is null
                        ? Results.NotFound()
                        : Results.File(System.Text.Encoding.UTF8.GetBytes(export.ToJson()), "application/json; charset=utf-8", $"auskunft-{export.CaseNumber}.json");
                }
                catch (UnauthorizedAccessException)
                {
                    return Results.Forbid();
                }
            })
            .RequireAuthorization(OperationsPolicies.CaseExport)
            .WithName("Art15ExportJson")
            .ExcludeFromDescription();
        return routes;
    }
}
