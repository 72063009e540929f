using Kim.Workflows.Web.Auth;
using Kim.Workflows.Web.Auth.ApiKeys;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kim.Workflows.Web.Api;

/// <summary>
/// API keys for machine clients (<c>/api/api-keys</c>, administrators only):
/// <list type="bullet">
/// <item>GET    /        list keys (name, prefix, roles; never the secret)</item>
/// <item>POST   /        create a key; the response holds the key once</item>
/// <item>DELETE /{id}    revoke a key</item>
/// </list>
/// </summary>
public static class ApiKeysApi
{
    public static RouteGroupBuilder MapApiKeysApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/api-keys")
            .WithTags("API-Schlüssel")
            .RequireAuthorization(KimPolicies.Administration)
            .WithKimApiProtection();

        api.MapGet("/", ListAsync).WithName("ListApiKeys");
        api.MapPost("/", CreateAsync).WithName("CreateApiKey");
        api.MapDelete("/{id:guid}", RevokeAsync).WithName("RevokeApiKey");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<ApiKeySummary>>> ListAsync(ApiKeyService keys, CancellationToken ct) =>
        TypedResults.Ok<IReadOnlyList<ApiKeySummary>>([.. (await keys.ListAsync(ct)).Select(ApiKeySummary.From)]);

    private static async Task<Results<Created<CreatedApiKey>, ValidationProblem>> CreateAsync(
        CreateApiKeyRequest request, ApiKeyService keys, HttpContext http, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 200)
        {
            errors["name"] = ["Bitte geben Sie einen Namen (höchstens 200 Zeichen) an."];
        }
        else if (Rules.TextRule.UnsafeCharacter(request.Name, allowLineBreaks: false) is { } unsafeCharacter)
        {
            errors["name"] = ["Der Name " + unsafeCharacter];
        }

        var unknown = (request.Roles ?? []).Where(r => KimRoles.Normalize(r) is null).ToList();
        if ((request.Roles ?? []).Count == 0 || unknown.Count > 0)
        {
            errors["roles"] = [unknown.Count > 0
                ? $"Unbekannte Rolle(n): {string.Join(", ", unknown)}. Erlaubt: {string.Join(", ", KimRoles.All)}."
                : "Bitte wählen Sie mindestens eine Rolle."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Der API-Schlüssel wurde nicht angelegt.");
        }

        var (record, key) = await keys.CreateAsync(request.Name!, request.Roles!, request.Groups ?? [], http.User.UserId(), ct);
        return TypedResults.Created($"/api/api-keys/{record.Id}", new CreatedApiKey(ApiKeySummary.From(record), key));
    }

    private static async Task<Results<NoContent, NotFound>> RevokeAsync(Guid id, ApiKeyService keys, CancellationToken ct) =>
        await keys.RevokeAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}
