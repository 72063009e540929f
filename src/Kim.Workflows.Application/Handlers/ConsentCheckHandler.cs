using Kim.Workflows.Application.Conferences;
using Kim.Workflows.Application.Partners;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Runtime.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Kim.Workflows.Application.Handlers;

/// <summary>
/// <c>${consentCheck}</c>: for every partner in <c>partners</c> and the <c>dataCategories</c>, checks the case's
/// Schweigepflichtentbindungen at the engine's now. Outputs <c>invitedPartners</c> (ids with a valid consent),
/// <c>refusedPartners</c> (partnerId, name, German reason) and <c>hasRefusals</c>.
/// </summary>
public sealed class ConsentCheckHandler(IServiceScopeFactory scopes, ConsentGuard guard, ConferenceRecorder recorder) : IServiceTaskHandler
{
    public string Name => "consentCheck";

    public async Task<ServiceTaskResult> ExecuteAsync(ServiceTaskRequest request, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KimDbContext>();
        var verdicts = await guard.CheckAsync(db, request.BusinessKey, Variables.List(request.Variables, "partners"),
            Variables.List(request.Variables, "dataCategories"), cancellationToken).ConfigureAwait(false);
        await recorder.PlannedAsync(request.BusinessKey, request.Variables, verdicts, cancellationToken).ConfigureAwait(false);
        var refused = verdicts.Where(v => !v.Allowed)
            .Select(v => (object?)new Dictionary<string, object?> { ["partnerId"] = v.PartnerId, ["name"] = v.Name, ["reason"] = v.Reason })
            .ToList();
        return ServiceTaskResult.Completed(new Dictionary<string, object?>
        {
            ["invitedPartners"] = verdicts.Where(v => v.Allowed).Select(v => (object?)v.PartnerId).ToList(),
            ["refusedPartners"] = refused,
            ["hasRefusals"] = refused.Count > 0,
        });
    }
}
