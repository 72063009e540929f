using Kim.Workflows.Engine.Commands;
using Kim.Workflows.Engine.Variables;
using Kim.Workflows.Runtime;
using Kim.Workflows.Web.Api.Rules;
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
        var errors = new FieldErrors();
        errors.Text("messageName", request.MessageName, 255, "Bitte geben Sie den Namen der Nachricht an.", "Der Name der Nachricht ist zu lang (höchstens 255 Zeichen).");
        BusinessKeyRule.Check(errors, "businessKey", request.BusinessKey);
        var correlation = request.CorrelationKeys is null ? null : VariableRule.Read(errors, "correlationKeys", request.CorrelationKeys);
        var variables = VariableRule.Read(errors, "variables", request.Variables);
        if (errors.Any)
        {
            return errors.Problem("Die Nachricht wurde nicht zugestellt.");
        }

        CorrelationResult result;
        try
        {
            result = await runtime.CorrelateMessageAsync(request.MessageName!, request.BusinessKey, correlation, variables, http.User.UserId(), ct);
        }
        catch (StepFailedException e)
        {
            return ApiProblems.StepFailed(e, "Die Nachricht wurde nicht zugestellt.");
        }
        catch (VariableLimitException e)
        {
            return ApiProblems.VariableTooLarge(e, "Die Nachricht wurde nicht zugestellt.");
        }

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
