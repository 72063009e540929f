using System.Globalization;
using Kim.Workflows.Application.Staff;
using Kim.Workflows.Domain.Conferences;
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
    KimDbContext db, CaseIntakeService intake, WorkflowRuntime runtime, IStaffDirectory staff, IOptions<ApplicationOptions> options)
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
    public Task<CorrelationResult> StartBeratungAsync(string caseNumber, string kind, string? userId, IReadOnlyList<string>? partners = null, CancellationToken cancellationToken = default) =>
        StartAsync(caseNumber, kind, userId, partners, null, null, cancellationToken);

    /// <summary>Starts a Fallkonferenz planned in the case file: the workflow skips its planning task and checks consents and invites at once.</summary>
    public Task<CorrelationResult> StartFallkonferenzAsync(string caseNumber, FallkonferenzPlan plan, string? userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return StartAsync(caseNumber, "fallkonferenz", userId, plan.PartnerIds, plan, null, cancellationToken);
    }

    /// <summary>Starts a consultation with the ABH or EBH on a topic (the case manager words the question in the first task, unless given).</summary>
    public Task<CorrelationResult> StartConsultationAsync(string caseNumber, ConsultationRequest request, string? userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return StartAsync(caseNumber, request.Authority == Authority.Auslaenderbehoerde ? "abh" : "ebh", userId, null, null, request, cancellationToken);
    }

    private async Task<CorrelationResult> StartAsync(
        string caseNumber, string kind, string? userId, IReadOnlyList<string>? partners, FallkonferenzPlan? plan, ConsultationRequest? request,
        CancellationToken cancellationToken)
    {
        var file = await db.Cases.FirstOrDefaultAsync(c => c.CaseNumber == caseNumber, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Die Fallakte {caseNumber} gibt es nicht.");
        var variables = new Dictionary<string, object?>(StringComparer.Ordinal) { ["beratungsart"] = kind };
        object? created = null;
        switch (kind)
        {
            case "fallkonferenz":
                var conferenceId = plan?.ConferenceId ?? Guid.NewGuid();
                variables["conferenceId"] = conferenceId.ToString();
                variables["partners"] = (partners ?? []).Select(p => (object?)p).ToList();
                // Always set every planning value (null when not planned here): the cycle keeps variables between conferences.
                variables["anlass"] = plan?.Anlass;
                variables["conferenceDate"] = plan?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                variables["conferenceTime"] = plan?.Time.ToString("HH:mm", CultureInfo.InvariantCulture);
                variables["durationMinutes"] = plan is null ? null : (long)plan.DurationMinutes;
                variables["location"] = plan?.Location;
                variables["videoLink"] = plan?.VideoLink;
                variables["agenda"] = plan?.Agenda;
                variables["partnerIds"] = plan is null ? null : string.Join(",", plan.PartnerIds);
                variables["dataCategoryIds"] = plan is null ? null : string.Join(",", plan.DataCategoryIds);
                variables["clientAttends"] = plan?.ClientAttends;
                if (plan is not null)
                {
                    var conference = new Fallkonferenz
                    {
                        Id = conferenceId, CaseId = file.Id, DistrictId = file.DistrictId, Kind = ConferenceKind.Individuell,
                        ScheduledAt = BerlinInstant(plan.Date, plan.Time), DurationMinutes = plan.DurationMinutes, Place = plan.Location,
                        VideoLink = plan.VideoLink, Agenda = plan.Agenda, ClientParticipates = plan.ClientAttends,
                        OrganisedBy = userId ?? file.ResponsibleCaseManager ?? "system",
                    };
                    db.Conferences.Add(conference);
                    created = conference;
                }

                break;
            case "abh" or "ebh":
                var authority = kind == "abh" ? Authority.Auslaenderbehoerde : Authority.Einbuergerungsbehoerde;
                var topic = request?.Topic ?? (kind == "abh" ? ConsultationTopic.Sonstige : ConsultationTopic.Einbuergerung10StAG);
                var consultation = new Consultation
                {
                    Id = request?.ConsultationId ?? Guid.NewGuid(),
                    CaseId = file.Id,
                    Authority = authority,
                    Topic = topic,
                    Question = string.IsNullOrWhiteSpace(request?.Question) ? "(wird in der Aufgabe „Anfrage formulieren“ erfasst)" : request.Question.Trim(),
                    AskedBy = userId ?? file.ResponsibleCaseManager ?? "system",
                };
                db.Consultations.Add(consultation);
                created = consultation;
                variables["consultationId"] = consultation.Id.ToString();
                variables["authorityPartnerId"] = kind;
                variables["authorityEmail"] = kind == "abh" ? options.Value.AuslaenderbehoerdeEmail : options.Value.EinbuergerungsbehoerdeEmail;
                variables["anfrageThema"] = topic switch
                {
                    ConsultationTopic.Bleiberecht25a => "25a",
                    ConsultationTopic.Bleiberecht25b => "25b",
                    _ when kind == "ebh" => null,
                    _ => "sonstiges",
                };
                variables["frage"] = string.IsNullOrWhiteSpace(request?.Question) ? null : request.Question.Trim();
                break;
            case "aufsuchend":
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unbekannte Beratungsart.");
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var result = await runtime.CorrelateMessageAsync("Beratung_Starten", caseNumber, null, variables, userId, cancellationToken).ConfigureAwait(false);
        if (!result.Matched && created is not null)
        {
            // Nothing started: no record of a conference or consultation that will never happen.
            db.Remove(created);
            await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
        }

        return result;
    }

    private static DateTimeOffset BerlinInstant(DateOnly date, TimeOnly time) => Handlers.Variables.FromBerlin(date.ToDateTime(time));
}
