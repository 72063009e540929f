using Kim.Workflows.Application.Handlers.CaseFile;
using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Assessment;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Domain.Time;
using Kim.Workflows.Runtime.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kim.Workflows.Application.Handlers;

/// <summary>
/// <c>${caseFileRecord}</c>: hands what a case manager entered in a task form of the cycle over to the case file, so it is a
/// record (page, controlling, export) and not only a process variable. The input parameter <c>eintrag</c> names the form:
/// <c>assessment</c>, <c>reassessment</c>, <c>ergebnisziele</c>, <c>zielvereinbarung</c> or <c>leistungen</c> (see the
/// recorders in <see cref="CaseFile"/>). Idempotent: every record it creates carries the job id as its source key, and a
/// second run of the job finds them and creates nothing. A file that is gone (retention) or closed does not stop the
/// process: logged, completed. Changes are access-logged for the case manager of the process (<c>caseManager</c>).
/// </summary>
public sealed class CaseFileRecordHandler(IServiceScopeFactory scopes, ReassessmentPlanner planner, TimeProvider time, ILogger<CaseFileRecordHandler> logger)
    : IServiceTaskHandler
{
    public const string HandlerName = "caseFileRecord";

    private readonly IReadOnlyDictionary<string, ICaseFileRecorder> _recorders = new ICaseFileRecorder[]
    {
        new AssessmentRecorder(AssessmentRecorder.AssessmentKind, planner),
        new AssessmentRecorder(AssessmentRecorder.ReassessmentKind, planner),
        new GoalsRecorder(),
        new AgreementRecorder(logger),
        new ServicesRecorder(),
    }.ToDictionary(r => r.Kind, StringComparer.OrdinalIgnoreCase);

    public string Name => HandlerName;

    public async Task<ServiceTaskResult> ExecuteAsync(ServiceTaskRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var kind = Variables.String(request.Variables, "eintrag");
        if (kind is null || !_recorders.TryGetValue(kind, out var recorder))
        {
            return ServiceTaskResult.Incident($"Unbekannter Eintrag „{kind}“ für die Fallakte (erwartet: {string.Join(", ", _recorders.Keys)}).");
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KimDbContext>();
        var file = await db.Cases.FirstOrDefaultAsync(c => c.CaseNumber == request.BusinessKey && c.AnonymizedAt == null, cancellationToken).ConfigureAwait(false);
        if (file is null || file.IsClosed)
        {
            // A file may be gone (retention) or closed while an old instance still runs: the process must not stop for that.
            logger.LogWarning("caseFileRecord: case file {CaseNumber} missing or closed; {Kind} not recorded", request.BusinessKey, recorder.Kind);
            return ServiceTaskResult.Completed();
        }

        var by = Variables.String(request.Variables, "caseManager") ?? "system";
        var now = time.GetUtcNow();
        int changed;
        try
        {
            changed = await recorder.RecordAsync(new CaseFileRecordContext(db, file, request, by, KimCalendar.DateOf(now), now), cancellationToken).ConfigureAwait(false);
        }
        catch (CaseFileRecordException e)
        {
            return ServiceTaskResult.Incident(e.Message);
        }

        if (changed > 0)
        {
            var user = new KimUser(by, "Workflow", KimRole.CaseManager, [file.DistrictId]);
            scope.ServiceProvider.GetRequiredService<AccessLog>().Record(user, AccessAction.Create, file.Id, file.CaseNumber, $"{recorder.What} (Workflow)");
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return ServiceTaskResult.Completed();
    }
}
