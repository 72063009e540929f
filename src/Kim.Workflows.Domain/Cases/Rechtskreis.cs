namespace Kim.Workflows.Domain.Cases;

/// <summary>
/// The legal domains (Rechtskreise) a case touches. Flags, because one household is often in
/// SGB II and SGB VIII at once; SGB II, III and VIII have their own case management, which is
/// why a case there may end in a Verweisberatung.
/// </summary>
[Flags]
public enum Rechtskreis
{
    Keiner = 0,
    SgbII = 1,
    SgbIII = 2,
    SgbVIII = 4,
    SgbXII = 8,
    AsylbLG = 16,
}
