namespace Kim.Workflows.Domain.Privacy;

public enum DataSubjectRequestKind
{
    /// <summary>Art. 15 DSGVO.</summary>
    Auskunft,
    /// <summary>Art. 16 DSGVO.</summary>
    Berichtigung,
    /// <summary>Art. 17 DSGVO.</summary>
    Loeschung,
    /// <summary>Art. 18 DSGVO.</summary>
    Einschraenkung,
    /// <summary>Art. 21 DSGVO.</summary>
    Widerspruch,
}
