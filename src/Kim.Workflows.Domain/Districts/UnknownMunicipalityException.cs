namespace Kim.Workflows.Domain.Districts;

/// <summary>
/// Raised when a case names a place outside the Kreis. Routing must never guess: a case sent to the
/// wrong team is a data-protection incident, so the intake form has to ask again.
/// </summary>
public sealed class UnknownMunicipalityException : Exception
{
    public UnknownMunicipalityException(string municipality, IEnumerable<string> known)
        : base($"Die Kommune „{municipality}“ gehört nicht zum Kreis Warendorf. Bekannt sind: {string.Join(", ", known)}.")
    {
        Municipality = municipality;
    }

    public string Municipality { get; }
}
