namespace Kim.Workflows.Domain.Consultations;

public enum ConsultationTopic
{
    /// <summary>§ 25a AufenthG: Bleiberecht for well-integrated young people.</summary>
    Bleiberecht25a,
    /// <summary>§ 25b AufenthG: Bleiberecht for sustainable integration.</summary>
    Bleiberecht25b,
    /// <summary>§ 10 StAG pre-check (as in force since 27 June 2024; no 3-year fast track).</summary>
    Einbuergerung10StAG,
    Sonstige,
}
