namespace Kim.Workflows.Application.Cases;

public enum CaseEditStatus
{
    /// <summary>The change is stored (and logged).</summary>
    Saved,
    /// <summary>Validation failed; <see cref="CaseEditResult.Errors"/> holds German messages keyed by input field.</summary>
    Invalid,
    /// <summary>Someone changed the record since it was loaded, or its state forbids the change (HTTP 409).</summary>
    Conflict,
    /// <summary>The access rules refuse the change (logged as <c>Denied</c>; HTTP 403).</summary>
    Denied,
    /// <summary>The case file or the record does not exist (HTTP 404).</summary>
    NotFound,
}

/// <summary>
/// The outcome of a change to a part of a case file (consent, household member, contact, master data, assessment, goal,
/// Handlungsziel, Zielvereinbarung, service). <see cref="Id"/> and <see cref="Version"/> name the stored record after a save;
/// the version goes back into the next edit form, so a later save based on an older state is refused instead of overwriting.
/// </summary>
public sealed record CaseEditResult(CaseEditStatus Status, Guid? Id, int? Version, string? Message, IReadOnlyDictionary<string, string> Errors)
{
    private static readonly IReadOnlyDictionary<string, string> NoErrors = new Dictionary<string, string>(StringComparer.Ordinal);

    public const string ConflictMessage =
        "Der Eintrag wurde inzwischen von jemand anderem geändert. Bitte laden Sie die Seite neu und tragen Sie Ihre Änderung erneut ein.";

    public bool Succeeded => Status == CaseEditStatus.Saved;

    public static CaseEditResult Saved(Guid id, int version) => new(CaseEditStatus.Saved, id, version, null, NoErrors);

    public static CaseEditResult Invalid(IReadOnlyDictionary<string, string> errors) =>
        new(CaseEditStatus.Invalid, null, null, "Bitte prüfen Sie die markierten Angaben.", errors);

    public static CaseEditResult Conflict(string message = ConflictMessage) => new(CaseEditStatus.Conflict, null, null, message, NoErrors);

    public static CaseEditResult Denied(string reason) => new(CaseEditStatus.Denied, null, null, reason, NoErrors);

    public static CaseEditResult NotFound(string message) => new(CaseEditStatus.NotFound, null, null, message, NoErrors);
}
