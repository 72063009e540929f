using System.Text;
using Kim.Workflows.Engine.Validation;
using ValidationProblem = Kim.Workflows.Engine.Validation.ValidationProblem;
using Kim.Workflows.Web.Auth;
using Kim.Workflows.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Kim.Workflows.Web.Definitions;

/// <summary>
/// Definitions API (<c>/api/definitions</c>):
/// <list type="bullet">
/// <item>GET  /                                  list workflows with versions</item>
/// <item>GET  /{key}                             one workflow</item>
/// <item>GET  /{key}/versions/{version}/xml      XML of a version (number, <c>draft</c> or <c>latest</c>)</item>
/// <item>PUT  /{key}/draft                       save a draft (body: BPMN XML)</item>
/// <item>POST /validate                          check XML without storing it</item>
/// <item>POST /{key}/publish                     deploy the body (or the draft) as version n+1</item>
/// </list>
/// Reading needs <see cref="KimPolicies.DefinitionsRead"/>, saving and publishing <see cref="KimPolicies.Designer"/>;
/// state-changing calls from pages pass the same-origin and antiforgery checks (<see cref="ApiRequestProtectionFilter"/>).
/// </summary>
public static class DefinitionsApi
{
    private const string XmlContentType = "application/xml";

    public static RouteGroupBuilder MapDefinitionsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/definitions")
            .WithTags("Definitionen")
            .RequireAuthorization(KimPolicies.DefinitionsRead)
            .WithKimApiProtection();

        api.MapGet("/", ListAsync).WithName("ListDefinitions");
        api.MapGet("/{key}", GetAsync).WithName("GetDefinition");
        api.MapGet("/{key}/versions/{version}/xml", GetXmlAsync).WithName("GetDefinitionXml")
            .Produces<string>(StatusCodes.Status200OK, XmlContentType);
        api.MapPut("/{key}/draft", SaveDraftAsync).WithName("SaveDefinitionDraft")
            .Accepts<string>(XmlContentType, "text/xml").RequireAuthorization(KimPolicies.Designer);
        api.MapPost("/validate", ValidateAsync).WithName("ValidateDefinition")
            .Accepts<string>(XmlContentType, "text/xml");
        api.MapPost("/{key}/publish", PublishAsync).WithName("PublishDefinition")
            .Accepts<string>(XmlContentType, "text/xml").RequireAuthorization(KimPolicies.Designer);
        return api;
    }

    private static async Task<Ok<IReadOnlyList<WorkflowSummary>>> ListAsync(IDefinitionCatalog catalog, CancellationToken ct) =>
        TypedResults.Ok(await catalog.ListAsync(ct));

    private static async Task<Results<Ok<WorkflowSummary>, ProblemHttpResult>> GetAsync(string key, IDefinitionCatalog catalog, CancellationToken ct) =>
        await catalog.FindAsync(key, ct) is { } summary ? TypedResults.Ok(summary) : NotFoundProblem(key);

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetXmlAsync(
        string key, string version, IDefinitionCatalog catalog, CancellationToken ct) =>
        await catalog.GetXmlAsync(key, version, ct) is { } xml
            ? TypedResults.Text(xml, XmlContentType, Encoding.UTF8)
            : NotFoundProblem(key, version);

    private static async Task<Results<Ok<DraftSavedResponse>, ProblemHttpResult>> SaveDraftAsync(
        string key, HttpRequest request, IDefinitionCatalog catalog, IOptions<KimWebOptions> options, CancellationToken ct)
    {
        var (xml, error) = await ReadXmlAsync(request, options.Value, ct);
        if (xml is null)
        {
            return error!;
        }

        var result = await catalog.SaveDraftAsync(key, xml, ct);
        if (!result.Saved)
        {
            return Unprocessable("Der Entwurf ist kein lesbares BPMN-XML und wurde nicht gespeichert.", result.Problems);
        }

        var valid = !result.Problems.Any(p => p.Severity == Severity.Error);
        return TypedResults.Ok(new DraftSavedResponse(key, result.SavedAt!.Value, valid, result.Problems));
    }

    private static async Task<Results<Ok<ValidationResponse>, ProblemHttpResult>> ValidateAsync(
        HttpRequest request, IDefinitionCatalog catalog, IOptions<KimWebOptions> options, CancellationToken ct)
    {
        var (xml, error) = await ReadXmlAsync(request, options.Value, ct);
        if (xml is null)
        {
            return error!;
        }

        var result = catalog.Validate(xml);
        return TypedResults.Ok(new ValidationResponse(result.IsValid, result.Problems));
    }

    private static async Task<Results<Ok<PublishResponse>, ProblemHttpResult>> PublishAsync(
        string key, HttpRequest request, IDefinitionCatalog catalog, IOptions<KimWebOptions> options, CancellationToken ct)
    {
        string? xml = null;
        if (request.ContentLength is null or > 0)
        {
            (xml, var error) = await ReadXmlAsync(request, options.Value, ct, allowEmpty: true);
            if (error is not null)
            {
                return error;
            }
        }

        var result = await catalog.PublishAsync(key, xml, ct);
        return result.Outcome switch
        {
            PublishOutcome.Published => TypedResults.Ok(new PublishResponse(key, result.Version, true,
                $"Version {result.Version} wurde veröffentlicht.", result.Problems)),
            PublishOutcome.Unchanged => TypedResults.Ok(new PublishResponse(key, result.Version, false,
                $"Keine Änderung gegenüber Version {result.Version}: es wurde keine neue Version angelegt.", result.Problems)),
            PublishOutcome.NothingToPublish => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound,
                title: "Nichts zu veröffentlichen", detail: $"Für '{key}' gibt es keinen Entwurf, und die Anfrage enthält kein BPMN-XML."),
            _ => Unprocessable("Der Workflow ist nicht gültig und wurde nicht veröffentlicht.", result.Problems),
        };
    }

    private static async Task<(string? Xml, ProblemHttpResult? Error)> ReadXmlAsync(
        HttpRequest request, KimWebOptions options, CancellationToken ct, bool allowEmpty = false)
    {
        var bytes = await BoundedBody.ReadAsync(request, options.MaxDefinitionBytes, ct);
        if (bytes is null)
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Datei zu groß",
                detail: $"Eine BPMN-Datei darf höchstens {options.MaxDefinitionBytes / (1024 * 1024)} MB groß sein."));
        }

        if (bytes.Length == 0)
        {
            return allowEmpty
                ? (null, null)
                : (null, TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Kein Inhalt",
                    detail: "Die Anfrage enthält kein BPMN-XML."));
        }

        // UTF-8 with or without BOM; the engine re-encodes the string as UTF-8 for parsing.
        return (new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF'), null);
    }

    private static ProblemHttpResult Unprocessable(string detail, IReadOnlyList<ValidationProblem> problems) =>
        TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Ungültige BPMN-Definition", detail: detail,
            extensions: new Dictionary<string, object?> { ["problems"] = problems });

    private static ProblemHttpResult NotFoundProblem(string key, string? version = null) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Nicht gefunden",
            detail: version is null ? $"Es gibt keinen Workflow '{key}'." : $"Workflow '{key}' hat keine Version '{version}'.");
}
