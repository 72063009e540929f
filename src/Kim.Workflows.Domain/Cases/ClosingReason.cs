namespace Kim.Workflows.Domain.Cases;

/// <summary>Why a case was closed; reported per district in the Sachbericht.</summary>
public enum ClosingReason
{
    ZieleErreicht,
    VerweisberatungAbgeschlossen,
    UebergabeRegelsystem,
    Wegzug,
    MitwirkungBeendet,
    KontaktAbgebrochen,
    Verstorben,
    Sonstiges,
}
