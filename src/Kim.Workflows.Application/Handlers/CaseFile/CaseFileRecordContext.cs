using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Runtime.Jobs;

namespace Kim.Workflows.Application.Handlers.CaseFile;

/// <summary>
/// What a recorder works with: the unit of work, the tracked case file, the job (its id is the idempotency key), who the
/// entry is recorded for (the case manager of the process) and the day of the run in Warendorf.
/// </summary>
internal sealed record CaseFileRecordContext(KimDbContext Db, Fallakte File, ServiceTaskRequest Request, string RecordedBy, DateOnly Today, DateTimeOffset Now)
{
    public IReadOnlyDictionary<string, object?> Variables => Request.Variables;

    /// <summary>The source key of the job's only record.</summary>
    public string Key => Request.JobId.ToString("D");

    /// <summary>The source key of the job's record from line <paramref name="line"/> (1-based).</summary>
    public string KeyOf(int line) => $"{Key}/{line}";

    /// <summary>Prefix shared by every line key of the job.</summary>
    public string LinePrefix => Key + "/";
}
