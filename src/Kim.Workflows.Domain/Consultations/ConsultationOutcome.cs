namespace Kim.Workflows.Domain.Consultations;

public enum ConsultationOutcome
{
    Positiv,
    Negativ,
    UnterlagenFehlen,
}
