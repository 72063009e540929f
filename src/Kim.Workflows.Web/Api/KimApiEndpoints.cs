namespace Kim.Workflows.Web.Api;

public static class KimApiEndpoints
{
    /// <summary>The REST API groups of this folder (one file per area).</summary>
    public static IEndpointRouteBuilder MapKimApi(this IEndpointRouteBuilder routes)
    {
        routes.MapApiKeysApi();
        routes.MapInstancesApi();
        routes.MapTasksApi();
        routes.MapMessagesApi();
        routes.MapIncidentsApi();
        routes.MapDeliveriesApi();
        routes.MapBackupApi();
        routes.MapCasesApi();
        return routes;
    }
}
