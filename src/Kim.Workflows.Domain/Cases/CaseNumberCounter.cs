namespace Kim.Workflows.Domain.Cases;

/// <summary>The last case number issued per year; written only by <see cref="CaseNumberGenerator"/>.</summary>
public sealed class CaseNumberCounter
{
    public int Year { get; init; }

    public int LastNumber { get; set; }
}
