namespace Kim.Workflows.Domain.Cases;

public enum ContactKind
{
    Persoenlich,
    Telefon,
    EMail,
    Video,
    /// <summary>Aufsuchendes Fallmanagement: the case manager goes to the client (home, shelter, school).</summary>
    Aufsuchend,
}
