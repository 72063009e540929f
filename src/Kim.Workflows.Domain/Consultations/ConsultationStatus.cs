namespace Kim.Workflows.Domain.Consultations;

public enum ConsultationStatus
{
    Entwurf,
    Gestellt,
    Beantwortet,
    /// <summary>The authority asked for documents; the case manager supplies them and asks again.</summary>
    UnterlagenNachgefordert,
    Zurueckgezogen,
}
