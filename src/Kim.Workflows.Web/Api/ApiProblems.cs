using Microsoft.AspNetCore.Http.HttpResults;

namespace Kim.Workflows.Web.Api;

/// <summary>Problem details with German text, shared by the API groups.</summary>
internal static class ApiProblems
{
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Nicht gefunden");

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status409Conflict, title: "Konflikt");

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status403Forbidden, title: "Keine Berechtigung");

    public static ProblemHttpResult Unprocessable(string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Nicht verarbeitbar", extensions: extensions);

    /// <summary>
    /// A step the command would run cannot run (an expression, a missing variable, the workflow refused the input):
    /// 422 naming the step in German; <c>step</c> and <c>missingVariable</c> let a client point at the cause.
    /// </summary>
    public static ProblemHttpResult StepFailed(Kim.Workflows.Engine.Commands.StepFailedException failure, string title) =>
        TypedResults.Problem(detail: $"{failure.Message} Es wurde nichts gespeichert.", statusCode: StatusCodes.Status422UnprocessableEntity, title: title,
            extensions: new Dictionary<string, object?> { ["step"] = failure.ElementId, ["stepLabel"] = failure.StepLabel, ["missingVariable"] = failure.MissingVariable });

    /// <summary>A variable (or the instance's variables together) over the size limit: 422 naming it under <c>errors</c>.</summary>
    public static ProblemHttpResult VariableTooLarge(Kim.Workflows.Engine.Variables.VariableLimitException failure, string title) =>
        Fields(new Dictionary<string, string> { [$"variables.{failure.VariableName}"] = failure.Message }, title, $"{failure.Message} Es wurde nichts gespeichert.");

    /// <summary>Field-level messages in the <c>errors</c> member (like ASP.NET's validation problems), with status 422.</summary>
    public static ProblemHttpResult Fields(IReadOnlyDictionary<string, string> errors, string title, string? detail = null) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors.ToDictionary(e => e.Key, e => new[] { e.Value }))
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = title,
            Detail = detail,
        });
}
