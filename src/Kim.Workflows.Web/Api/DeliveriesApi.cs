using Kim.Workflows.Runtime.Outbox;
using Kim.Workflows.Web.Auth;
using Kim.Workflows.Web.Monitor;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kim.Workflows.Web.Api;

/// <summary>
/// Failing deliveries (<c>/api/deliveries</c>, administration): GET lists outbox rows and mails that failed and have not
/// succeeded since, with the last SMTP error; POST /{outboxId}/retry starts a new retry window for an outbox incident.
/// </summary>
public static class DeliveriesApi
{
    public static RouteGroupBuilder MapDeliveriesApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/deliveries")
            .WithTags("Zustellungen")
            .RequireAuthorization(KimPolicies.Administration)
            .WithKimApiProtection();
        api.MapGet("/", async (DeliveryFailures failures, CancellationToken ct) => TypedResults.Ok(await failures.ListAsync(ct))).WithName("ListFailingDeliveries");
        api.MapPost("/{id}/retry", RetryAsync).WithName("RetryDelivery");
        return api;
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RetryAsync(string id, OutboxMonitor outbox, CancellationToken ct) =>
        await outbox.RetryAsync(id, ct)
            ? TypedResults.NoContent()
            : ApiProblems.NotFound("Diese Zustell-Störung gibt es nicht oder sie ist schon behoben.");
}
