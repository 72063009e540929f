namespace Kim.Workflows.Domain.Conferences;

public enum ConferenceKind
{
    /// <summary>Help-planning conference about one person with the staff responsible; needs consent.</summary>
    Individuell,
    /// <summary>Anonymised case reconstruction for the steering level; no consent, no personal data.</summary>
    StrukturellAnonymisiert,
}
