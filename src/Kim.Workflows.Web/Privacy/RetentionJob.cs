using Kim.Workflows.Domain.Privacy;
using Kim.Workflows.Domain.Retention;
using Kim.Workflows.Runtime.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Web.Privacy;

/// <summary>
/// The yearly-and-daily retention run (Hangfire recurring job): anonymises every closed case whose
/// retention period has ended (<see cref="RetentionPolicy"/>, <see cref="CaseAnonymizer"/>), clears the
/// free text of its data-subject requests, then removes personal data from the finished workflow
/// instances and outbox rows of that case number (<see cref="InstanceDataEraser"/>). Cases anonymised
/// earlier are swept again in the instance tables, so an instance that finished after the case was
/// anonymised is cleaned too. Last, access-log entries past their own period are deleted (<see cref="AccessLogRetention"/>,
/// the only delete path of that log). Idempotent: a second run changes nothing and says so in the log.
/// </summary>
public sealed class RetentionJob(CaseAnonymizer anonymizer, DataSubjectRequestService requests, InstanceDataEraser eraser,
    AccessLogRetention accessLogRetention, Kim.Workflows.Domain.Persistence.KimDbContext db, ILogger<RetentionJob> logger)
{
    public const string RecurringJobId = "kim-retention";

    /// <summary>Daily at 02:30 (Europe/Berlin): due dates are calendar days, so once a day is enough.</summary>
    public const string Cron = "30 2 * * *";

    public async Task<RetentionRunResult> RunAsync(CancellationToken cancellationToken)
    {
        var anonymised = await anonymizer.AnonymizeDueCasesAsync(cancellationToken);
        var requestTexts = 0;
        foreach (var result in anonymised)
        {
            requestTexts += await requests.ClearTextsOfCaseAsync(result.CaseId, cancellationToken);
        }

        var caseNumbers = await db.Cases.Where(c => c.AnonymizedAt != null).Select(c => c.CaseNumber).ToListAsync(cancellationToken);
        int instances = 0, variables = 0, tasks = 0, outbox = 0;
        foreach (var caseNumber in caseNumbers)
        {
            var erased = await eraser.EraseAsync(caseNumber, cancellationToken);
            if (erased.ChangedAnything)
            {
                instances += erased.Instances;
            }

            variables += erased.VariablesRemoved;
            tasks += erased.TaskCompletionsCleared;
            outbox += erased.OutboxPayloadsCleared;
        }

        var accessLogEntries = await accessLogRetention.DeleteExpiredAsync(cancellationToken);
        var run = new RetentionRunResult(anonymised.Count(r => !r.AlreadyAnonymized), anonymised.Sum(r => r.RemovedRecords),
            anonymised.Sum(r => r.ClearedFields) + requestTexts, instances, variables, tasks, outbox)
        {
            AccessLogEntriesDeleted = accessLogEntries,
        };
        logger.LogInformation(
            "Aufbewahrung: {Cases} Fallakten anonymisiert ({Removed} Datensätze entfernt, {Cleared} Felder geleert); Workflow-Instanzen: {Instances} bereinigt, {Variables} Variablen, {Tasks} Aufgabenabschlüsse, {Outbox} Outbox-Einträge; {AccessLog} Zugriffsprotokoll-Einträge nach Ablauf gelöscht",
            run.CasesAnonymised, run.RecordsRemoved, run.FieldsCleared, run.InstancesCleaned, run.VariablesRemoved, run.TaskCompletionsCleared, run.OutboxPayloadsCleared,
            run.AccessLogEntriesDeleted);
        return run;
    }
}

public sealed record RetentionRunResult(int CasesAnonymised, int RecordsRemoved, int FieldsCleared, int InstancesCleaned, int VariablesRemoved, int TaskCompletionsCleared, int OutboxPayloadsCleared)
{
    /// <summary>Access-log entries deleted because their own retention period had ended.</summary>
    public int AccessLogEntriesDeleted { get; init; }

    public bool ChangedAnything => CasesAnonymised + RecordsRemoved + FieldsCleared + VariablesRemoved + TaskCompletionsCleared + OutboxPayloadsCleared + AccessLogEntriesDeleted > 0;
}
