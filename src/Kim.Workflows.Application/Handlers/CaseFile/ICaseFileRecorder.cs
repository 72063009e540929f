namespace Kim.Workflows.Application.Handlers.CaseFile;

/// <summary>
/// Writes one kind of workflow form into the case file (<c>eintrag</c> of <c>${caseFileRecord}</c>). Adds to the unit of work
/// without saving; returns how many records it created or changed (0: nothing to do, e.g. a job that already ran).
/// </summary>
internal interface ICaseFileRecorder
{
    /// <summary>The value of the input parameter <c>eintrag</c> this recorder serves.</summary>
    string Kind { get; }

    /// <summary>The access-log "what" of the change.</summary>
    string What { get; }

    Task<int> RecordAsync(CaseFileRecordContext context, CancellationToken cancellationToken);
}
