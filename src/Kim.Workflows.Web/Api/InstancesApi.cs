using Kim.Workflows.Engine.Commands;
using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Variables;
using Kim.Workflows.Runtime;
using Kim.Workflows.Web.Api.Rules;
using Kim.Workflows.Web.Auth;
using Kim.Workflows.Web.Monitor;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kim.Workflows.Web.Api;

/// <summary>
/// Process instances (<c>/api/instances</c>):
/// <list type="bullet">
/// <item>POST /                        start (case work roles and administration)</item>
/// <item>GET  /{id}                    state, active elements, incidents (administration)</item>
/// <item>POST /{id}/cancel             cancel (administration)</item>
/// <item>POST /{id}/migrate            move to another version (administration); 422 with the elements that do not map</item>
/// <item>GET  /{id}/variables          root-scope variables (administration)</item>
/// <item>PUT  /{id}/variables          set variables (administration; audited in the journal)</item>
/// </list>
/// </summary>
public static class InstancesApi
{
    public static RouteGroupBuilder MapInstancesApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/instances")
            .WithTags("Instanzen")
            .RequireAuthorization(KimPolicies.Instances)
            .WithKimApiProtection();

        api.MapPost("/", StartAsync).WithName("StartInstance");
        api.MapGet("/{id:guid}", GetAsync).WithName("GetInstance").RequireAuthorization(KimPolicies.Administration);
        api.MapPost("/{id:guid}/cancel", CancelAsync).WithName("CancelInstance").RequireAuthorization(KimPolicies.Administration);
        api.MapPost("/{id:guid}/migrate", MigrateAsync).WithName("MigrateInstance").RequireAuthorization(KimPolicies.Administration);
        api.MapGet("/{id:guid}/variables", GetVariablesAsync).WithName("GetInstanceVariables").RequireAuthorization(KimPolicies.Administration);
        api.MapPut("/{id:guid}/variables", SetVariablesAsync).WithName("SetInstanceVariables").RequireAuthorization(KimPolicies.Administration);
        return api;
    }

    private static async Task<Results<Created<InstanceStarted>, ProblemHttpResult>> StartAsync(
        StartInstanceRequest request, HttpContext http, WorkflowRuntime runtime, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Text("processKey", request.ProcessKey, 255, "Bitte geben Sie den Prozessschlüssel an.", "Der Prozessschlüssel ist zu lang (höchstens 255 Zeichen).");
        BusinessKeyRule.Check(errors, "businessKey", request.BusinessKey);
        var variables = VariableRule.Read(errors, "variables", request.Variables);
        if (errors.Any)
        {
            return errors.Problem("Die Instanz wurde nicht gestartet.");
        }

        try
        {
            var result = await runtime.StartAsync(request.ProcessKey!, request.BusinessKey, variables, http.User.UserId(), ct);
            var instance = result.Instance!;
            return TypedResults.Created($"/api/instances/{instance.Id}",
                new InstanceStarted(instance.Id, instance.ProcessKey, instance.BusinessKey, instance.Status.ToString().ToLowerInvariant()));
        }
        catch (NotFoundException)
        {
            return ApiProblems.NotFound($"Der Prozess „{request.ProcessKey}“ ist nicht veröffentlicht.");
        }
        catch (StepFailedException e)
        {
            return ApiProblems.StepFailed(e, "Die Instanz wurde nicht gestartet.");
        }
        catch (VariableLimitException e)
        {
            return ApiProblems.VariableTooLarge(e, "Die Instanz wurde nicht gestartet.");
        }
    }

    private static async Task<Results<Ok<InstanceView>, ProblemHttpResult>> GetAsync(Guid id, MonitorQuery monitor, CancellationToken ct) =>
        await monitor.GetAsync(id, ct) is { } d ? TypedResults.Ok(ToView(d)) : ApiProblems.NotFound("Diese Instanz gibt es nicht.");

    private static async Task<Results<NoContent, ProblemHttpResult>> CancelAsync(Guid id, HttpContext http, WorkflowRuntime runtime, CancellationToken ct)
    {
        try
        {
            await runtime.CancelAsync(id, http.User.UserId(), ct);
            return TypedResults.NoContent();
        }
        catch (NotFoundException)
        {
            return ApiProblems.NotFound("Diese Instanz gibt es nicht.");
        }
        catch (ConcurrencyConflictException)
        {
            return ApiProblems.Conflict("Die Instanz läuft nicht mehr oder wurde gerade geändert.");
        }
    }

    private static async Task<Results<Ok<InstanceView>, ProblemHttpResult>> MigrateAsync(
        Guid id, MigrateRequest request, HttpContext http, WorkflowRuntime runtime, MonitorQuery monitor, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.TargetDefinitionId))
        {
            return ApiProblems.Fields(new Dictionary<string, string> { ["targetDefinitionId"] = "Bitte geben Sie die Zielversion an." }, "Die Instanz wurde nicht migriert.");
        }

        try
        {
            await runtime.MigrateAsync(id, request.TargetDefinitionId, request.Mapping, http.User.UserId(), ct);
            return TypedResults.Ok(ToView((await monitor.GetAsync(id, ct))!));
        }
        catch (MigrationRefusedException e)
        {
            return ApiProblems.Unprocessable(e.Message, new Dictionary<string, object?> { ["reasons"] = e.Reasons });
        }
        catch (NotFoundException)
        {
            return ApiProblems.NotFound("Diese Instanz oder die Zielversion gibt es nicht.");
        }
        catch (ConcurrencyConflictException)
        {
            return ApiProblems.Conflict("Die Instanz läuft nicht mehr oder wurde gerade geändert.");
        }
        catch (StepFailedException e)
        {
            return ApiProblems.StepFailed(e, "Die Instanz wurde nicht migriert.");
        }
        catch (Kim.Workflows.Engine.EngineException e)
        {
            return ApiProblems.Unprocessable(e.Message);
        }
    }

    private static async Task<Results<Ok<Dictionary<string, object?>>, ProblemHttpResult>> GetVariablesAsync(Guid id, MonitorQuery monitor, CancellationToken ct) =>
        await monitor.GetAsync(id, ct) is { } d
            ? TypedResults.Ok(d.State.Variables.ToDictionary(v => v.Key, v => JsonValues.Plain(v.Value), StringComparer.Ordinal))
            : ApiProblems.NotFound("Diese Instanz gibt es nicht.");

    private static async Task<Results<NoContent, ProblemHttpResult>> SetVariablesAsync(
        Guid id, Dictionary<string, System.Text.Json.JsonElement> variables, HttpContext http, WorkflowRuntime runtime, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var values = VariableRule.Read(errors, "variables", variables);
        if (errors.Any)
        {
            return errors.Problem("Die Variablen wurden nicht gesetzt.");
        }

        try
        {
            await runtime.SetVariablesAsync(id, values, http.User.UserId(), ct);
            return TypedResults.NoContent();
        }
        catch (VariableLimitException e)
        {
            return ApiProblems.VariableTooLarge(e, "Die Variablen wurden nicht gesetzt.");
        }
        catch (NotFoundException)
        {
            return ApiProblems.NotFound("Diese Instanz gibt es nicht.");
        }
        catch (ConcurrencyConflictException)
        {
            return ApiProblems.Conflict("Die Instanz wurde gerade geändert; bitte erneut versuchen.");
        }
    }

    internal static InstanceView ToView(InstanceDetails d) => new(
        d.Row.Id, d.Row.ProcessKey, d.Row.DefinitionId, d.Row.BusinessKey, d.Row.Status.ToString().ToLowerInvariant(), d.Row.StartedAt, d.Row.EndedAt,
        d.Row.Status == InstanceStatus.Running ? d.ActiveElements : [],
        [.. d.Incidents.Select(i => new IncidentView(i.Id, i.InstanceId, i.ElementId, i.Message, i.CreatedAt, i.ResolvedAt))]);
}
