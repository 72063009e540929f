namespace Kim.Workflows.Domain.Clients;

/// <summary>
/// The person the case is about, with only the data the work needs (data minimisation, Art. 5
/// DSGVO). Removed entirely by anonymisation.
/// </summary>
public sealed class Client
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid CaseId { get; set; }

    public required string GivenName { get; set; }

    public required string FamilyName { get; set; }

    public DateOnly? BirthDate { get; set; }

    /// <summary>Optional: asked only when the person wants to state it.</summary>
    public Gender? Gender { get; set; }

    public string? Nationality { get; set; }

    /// <summary>Languages the person speaks, first the preferred one.</summary>
    public List<string> Languages { get; set; } = [];

    public bool InterpreterNeeded { get; set; }

    public string? InterpreterLanguage { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Street { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    public Aufenthaltsstatus Aufenthaltsstatus { get; set; } = Aufenthaltsstatus.Unbekannt;

    /// <summary>Expiry of the residence title or Duldung; a change is a reason for an early re-assessment.</summary>
    public DateOnly? AufenthaltsstatusValidUntil { get; set; }

    public DateOnly? EntryDate { get; set; }

    public string FullName => $"{GivenName} {FamilyName}";
}
