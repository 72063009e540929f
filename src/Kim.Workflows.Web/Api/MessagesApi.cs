using Kim.Workflows.Engine.Commands;
using Kim.Workflows.Runtime;
using Kim.Workflows.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kim.Workflows.Web.Api;

/// <summary>
/// Messages (<c>/api/messages</c>): POST correlates a message to the instance waiting for it (or starts one at a
/// message start event): 200 with the instance; nothing waits → 404 with the engine's explanation; several wait → 409
/// (send a business key).
/// </summary>
public static class MessagesApi
{
    public static RouteGroupBuilder MapMessagesApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/messages")
            .WithTags("Nachrichten")
            .RequireAuthorization(KimPolicies.Instances)
            .WithKimApiProtection();
        api.MapPost("/", CorrelateAsync).WithName("CorrelateMessage");
        return api;
    }

    private static async Task<Results<Ok<CorrelationResponse>, ProblemHttpResult>> CorrelateAsync(
        CorrelateRequest request, HttpContext http, WorkflowRuntime runtime, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.MessageName))
        {
            return ApiProblems.Fields(new Dictionary<string, string> { ["messageName"] = "Bitte geben Sie den Namen der Nachricht an." }, "Die Nachricht wurde nicht zugestellt.");
        }

        var correlation = request.CorrelationKeys is null ? null : JsonValues.ToVariables(request.CorrelationKeys);
        var result = await runtime.CorrelateMessageAsync(request.MessageName, request.BusinessKey, correlation, JsonValues.ToVariables(request.Variables), http.User.UserId(), ct);
        var body = new Dictionary<string, object?> { ["outcome"] = Outcome(result.Outcome), ["messageName"] = request.MessageName };
        return result.Outcome switch
        {
            CorrelationOutcome.NoMatch => TypedResults.Problem(detail: $"Keine Instanz wartet auf die Nachricht „{request.MessageName}“{(request.BusinessKey is null ? "" : " mit diesem Geschäftsschlüssel")}. ({result.Message})",
                statusCode: StatusCodes.Status404NotFound, title: "Nachricht nicht zugestellt", extensions: body),
            CorrelationOutcome.Ambiguous => TypedResults.Problem(detail: $"Mehrere Instanzen warten auf „{request.MessageName}“: bitte den Geschäftsschlüssel (businessKey) angeben. ({result.Message})",
                statusCode: StatusCodes.Status409Conflict, title: "Nachricht nicht eindeutig", extensions: body),
            _ => TypedResults.Ok(new CorrelationResponse(Outcome(result.Outcome), result.InstanceId, result.Message)),
        };
    }

    private static string Outcome(CorrelationOutcome outcome) => outcome switch
    {
        CorrelationOutcome.Delivered => "delivered",
        CorrelationOutcome.StartedInstance => "startedInstance",
        CorrelationOutcome.NoMatch => "noMatch",
        _ => "ambiguous",
    };
}
