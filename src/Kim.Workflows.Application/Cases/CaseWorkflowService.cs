using Kim.Workflows.Application.Staff;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Consultations;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Engine.Commands;
using Kim.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kim.Workflows.Application.Cases;

/// <summary>
/// Case intake and the workflow actions of a case file: open the file and start <c>case-management-cycle</c>
/// (business key = case number), and start a Fallkonferenz, consultation or outreach by correlating
/// <c>Beratung_Starten</c> into the running cycle.
/// </summary>
public sealed class CaseWorkflowService(
    KimDbContext db, CaseIntakeService intake, WorkflowRuntime runtime, IStaffDirectory staff, IOptions<ApplicationOptions> options, TimeProvider time)
{
    public const string CycleProcess = "case-management-cycle";

    /// <summary>The start variables the cycle expects (see the process documentation in the BPMN file).</summary>
    public Dictionary<string, object?> CycleVariables(Fallakte file) => new(StringComparer.Ordinal)
    {
        ["caseNumber"] = file.CaseNumber,
        ["district"] = file.DistrictId,
        ["caseManager"] = file.ResponsibleCaseManager,
        ["caseManagerEmail"] = staff.CaseManagerEmail(file.ResponsibleCaseManager, file.DistrictId),
        ["coordinationEmail"] = staff.CoordinationEmail(file.DistrictId),
        ["reassessmentInterval"] = $"P{file.ReassessmentIntervalMonths}M",
        ["authorityEmail"] = options.Value.AuslaenderbehoerdeEmail,
        ["authorityPartnerId"] = "abh",
    };

    /// <summary>Opens the case file and starts its cycle; returns the file and the cycle's instance id.</summary>
    public async Task<(Fallakte File, Guid InstanceId)> IntakeAsync(NewCaseRequest request, string? userId, CancellationToken cancellationToken = default)
    {
        var (file, _) = await intake.OpenAsync(request, cancellationToken).ConfigureAwait(false);
        var result = await runtime.StartAsync(CycleProcess, file.CaseNumber, CycleVariables(file), userId, cancellationToken).ConfigureAwait(false);
        return (file, result.Instance!.Id);
    }

    /// <summary>
    /// Starts a Fallkonferenz (<c>fallkonferenz</c>), a consultation (<c>abh</c> or <c>ebh</c>) or outreach
    /// (<c>aufsuchend</c>) from the running cycle. Returns the correlation (NoMatch when no cycle is in an active phase).
    /// </summary>
    public async Task<CorrelationResult> StartBeratungAsync(string caseNumber, string kind, string? userId, IReadOnlyList<string>? partners = null, CancellationToken cancellationToken = default)
    {
        var file = await db.Cases.FirstOrDefaultAsync(c => c.CaseNumber == caseNumber, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Die Fallakte {caseNumber} gibt es nicht.");
        var variables = new Dictionary<string, object?>(StringComparer.Ordinal) { ["beratungsart"] = kind };
        switch (kind)
        {
            case "fallkonferenz":
                variables["conferenceId"] = $"FK-{time.GetUtcNow():yyyyMMddHHmmss}";
                variables["partners"] = (partners ?? []).Select(p => (object?)p).ToList();
                break;
            case "abh" or "ebh":
                var consultation = new Consultation
                {
                    CaseId = file.Id,
                    Authority = kind == "abh" ? Authority.Auslaenderbehoerde : Authority.Einbuergerungsbehoerde,
                    Topic = kind == "abh" ? ConsultationTopic.Sonstige : ConsultationTopic.Einbuergerung10StAG,
                    Question = "(wird in der Aufgabe „Anfrage stellen“ erfasst)",
                    AskedBy = userId ?? file.ResponsibleCaseManager ?? "system",
                };
                db.Consultations.Add(consultation);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                variables["consultationId"] = consultation.Id.ToString();
                variables["authorityPartnerId"] = kind;
                variables["authorityEmail"] = kind == "abh" ? options.Value.AuslaenderbehoerdeEmail : options.Value.EinbuergerungsbehoerdeEmail;
                break;
            case "aufsuchend":
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unbekannte Beratungsart.");
        }

        return await runtime.CorrelateMessageAsync("Beratung_Starten", caseNumber, null, variables, userId, cancellationToken).ConfigureAwait(false);
    }
}
