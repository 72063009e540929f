using Kim.Workflows.Application.Cases;
using Kim.Workflows.Application.Partners;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Domain.Services;
using Kim.Workflows.Web.Privacy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kim.Workflows.Web.Api;

/// <summary>
/// Leistungssteuerung through <see cref="ServiceReferralService"/>: POST adds a service or Verweisberatung, PUT changes it with
/// the version it was read at (409 when it changed meanwhile). The provider is named by its directory id or by name.
/// </summary>
public static partial class CasesApi
{
    private const string ServiceNotSaved = "Die Leistung wurde nicht gespeichert.";

    private static void MapServices(RouteGroupBuilder api)
    {
        api.MapPost("/{id}/services", AddServiceAsync).WithName("AddService");
        api.MapPut("/{id}/services/{serviceId:guid}", UpdateServiceAsync).WithName("UpdateService");
    }

    private static async Task<Results<Created<CaseRecordSaved>, ProblemHttpResult>> AddServiceAsync(
        string id, ServiceReferralRequest request, HttpContext http, CaseFileService files, ServiceReferralService services, KimDbContext db, CancellationToken ct)
    {
        if (await files.FindIdAsync(id, ct) is not { } caseId)
        {
            return ApiProblems.NotFound(UnknownCase);
        }

        var errors = new FieldErrors();
        var input = await ServiceInputOfAsync(request, errors, db, ct);
        return errors.Any
            ? errors.Problem(ServiceNotSaved)
            : CreatedOr(await services.AddAsync(http.User.ToKimUser(), caseId, input, ct), $"/api/cases/{caseId}", ServiceNotSaved);
    }

    private static async Task<Results<Ok<CaseRecordSaved>, ProblemHttpResult>> UpdateServiceAsync(
        string id, Guid serviceId, ServiceReferralRequest request, HttpContext http, CaseFileService files, ServiceReferralService services, KimDbContext db,
        CancellationToken ct)
    {
        if (await files.FindIdAsync(id, ct) is not { } caseId)
        {
            return ApiProblems.NotFound(UnknownCase);
        }

        var errors = new FieldErrors();
        var input = await ServiceInputOfAsync(request, errors, db, ct);
        RequireVersion(errors, request.Version);
        return errors.Any
            ? errors.Problem(ServiceNotSaved)
            : UpdatedOr(await services.UpdateAsync(http.User.ToKimUser(), caseId, serviceId, request.Version!.Value, input, ct), $"/api/cases/{caseId}", ServiceNotSaved);
    }

    private static async Task<ServiceReferralInput> ServiceInputOfAsync(ServiceReferralRequest request, FieldErrors errors, KimDbContext db, CancellationToken ct)
    {
        Guid? providerId = null;
        if (!string.IsNullOrWhiteSpace(request.ProviderId))
        {
            var found = (await PartnerDirectory.ResolveAsync(db, [request.ProviderId.Trim()], ct)).Values.Single();
            if (found is null)
            {
                errors.Add("providerId", $"Nicht im Partnerverzeichnis: {request.ProviderId}.");
            }

            providerId = found?.Id;
        }

        var target = errors.Enum("targetRechtskreis", request.TargetRechtskreis, Rechtskreis.Keiner, "Unbekannter Rechtskreis");
        return new ServiceReferralInput
        {
            Kind = errors.Enum("kind", request.Kind, ServiceKind.Leistung, "Unbekannte Art"),
            Title = request.Title,
            ProviderPartnerId = providerId,
            ProviderName = request.ProviderName,
            TargetRechtskreis = target == Rechtskreis.Keiner ? null : target,
            Status = errors.Enum("status", request.Status, ServiceStatus.Geplant, "Unbekannter Stand"),
            StartedOn = request.StartedOn,
            EndedOn = request.EndedOn,
            Remarks = request.Remarks,
        };
    }
}
