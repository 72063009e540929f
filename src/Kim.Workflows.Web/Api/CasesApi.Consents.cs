using Kim.Workflows.Application.Cases;
using Kim.Workflows.Application.Partners;
using Kim.Workflows.Domain.Consents;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Web.Privacy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kim.Workflows.Web.Api;

/// <summary>
/// Schweigepflichtentbindungen of a case through <see cref="ConsentService"/> (access rules, validation, access log, revocation
/// semantics live there): POST records one, POST …/{consentId}/widerruf revokes it at once (also on closed files).
/// </summary>
public static partial class CasesApi
{
    private static void MapConsents(RouteGroupBuilder api)
    {
        api.MapPost("/{id}/einwilligungen", RecordConsentAsync).WithName("RecordConsent");
        api.MapPost("/{id}/einwilligungen/{consentId:guid}/widerruf", RevokeConsentAsync).WithName("RevokeConsent");
    }

    private static async Task<Results<Created<ConsentSaved>, ProblemHttpResult>> RecordConsentAsync(
        string id, ConsentRequest request, HttpContext http, CaseFileService files, ConsentService consents, KimDbContext db, CancellationToken ct)
    {
        if (await files.FindIdAsync(id, ct) is not { } caseId)
        {
            return ApiProblems.NotFound(UnknownCase);
        }

        // Names to the service's input; names that match nothing are the API's own field errors (the service sees ids only).
        var errors = new FieldErrors();
        var partnerNames = (request.PartnerIds ?? []).Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToList();
        var partners = await PartnerDirectory.ResolveAsync(db, partnerNames, ct);
        if (partners.Where(p => p.Value is null).Select(p => p.Key).ToList() is { Count: > 0 } unknownPartners)
        {
            errors.Add("partnerIds", $"Nicht im Partnerverzeichnis: {string.Join(", ", unknownPartners)}.");
        }

        var (categories, unknownCategories) = DataCategoryNames.Parse((request.DataCategories ?? []).Where(c => !string.IsNullOrWhiteSpace(c)));
        if (unknownCategories.Count > 0)
        {
            errors.Add("dataCategories", $"Unbekannte Datenkategorie(n): {string.Join(", ", unknownCategories)}.");
        }

        var form = errors.Enum("form", request.Form, ConsentForm.Schriftlich, "Unbekannte Form");
        if (errors.Any)
        {
            return errors.Problem("Die Schweigepflichtentbindung wurde nicht gespeichert.");
        }

        var input = new ConsentInput
        {
            PartnerOrganisationIds = [.. partners.Values.Select(p => p!.Id)],
            DataCategories = categories,
            SpecialCategoriesNamedExplicitly = request.SpecialCategoriesNamedExplicitly,
            Purpose = request.Purpose,
            Form = form,
            RefusalConsequencesExplained = request.RefusalConsequencesExplained,
            GivenOn = request.GivenOn,
            ValidUntil = request.ValidUntil,
        };
        var result = await consents.RecordAsync(http.User.ToKimUser(), caseId, input, ct);
        return result.Status == CaseEditStatus.Saved
            ? TypedResults.Created($"/api/cases/{caseId}", new ConsentSaved(result.Id!.Value, result.Version!.Value, $"/api/cases/{caseId}"))
            : EditProblem(result, "Die Schweigepflichtentbindung wurde nicht gespeichert.");
    }

    private static async Task<Results<Ok<ConsentSaved>, ProblemHttpResult>> RevokeConsentAsync(
        string id, Guid consentId, HttpContext http, CaseFileService files, ConsentService consents, CancellationToken ct)
    {
        if (await files.FindIdAsync(id, ct) is not { } caseId)
        {
            return ApiProblems.NotFound(UnknownCase);
        }

        var result = await consents.RevokeAsync(http.User.ToKimUser(), caseId, consentId, ct);
        return result.Status == CaseEditStatus.Saved
            ? TypedResults.Ok(new ConsentSaved(result.Id!.Value, result.Version!.Value, $"/api/cases/{caseId}"))
            : EditProblem(result, "Die Schweigepflichtentbindung wurde nicht widerrufen.");
    }

    /// <summary>A refused case-file change as problem details; the service's field names become the request's JSON names.</summary>
    private static ProblemHttpResult EditProblem(CaseEditResult result, string title) => result.Status switch
    {
        CaseEditStatus.Invalid => ApiProblems.Fields(result.Errors.ToDictionary(e => JsonField(e.Key), e => e.Value, StringComparer.Ordinal), title, result.Message),
        CaseEditStatus.Conflict => ApiProblems.Conflict(result.Message ?? CaseEditResult.ConflictMessage),
        CaseEditStatus.Denied => ApiProblems.Forbidden(result.Message ?? "Kein Zugriff auf diese Fallakte."),
        _ => ApiProblems.NotFound(result.Message ?? UnknownCase),
    };

    /// <summary>The request's JSON name of a service input field; paths such as <c>Areas[1].Needs</c> become <c>areas[1].needs</c>.</summary>
    private static string JsonField(string name) => name switch
    {
        nameof(ConsentInput.PartnerOrganisationIds) => "partnerIds",
        nameof(ServiceReferralInput.ProviderPartnerId) => "providerId",
        _ => string.Join('.', name.Split('.').Select(Camel)),
    };
}
