using Kim.Workflows.Domain.Consents;

namespace Kim.Workflows.Application.Cases;

/// <summary>What a case manager enters for a Schweigepflichtentbindung (new or edited); validated by <see cref="ConsentService"/>.</summary>
public sealed record ConsentInput
{
    /// <summary>Partner organisations from the directory, named one by one.</summary>
    public IReadOnlyList<Guid> PartnerOrganisationIds { get; init; } = [];

    /// <summary>Released data categories; Art. 9/10 categories count only when ticked one by one.</summary>
    public IReadOnlyList<DataCategory> DataCategories { get; init; } = [];

    /// <summary>The signed declaration names every special category (Art. 9/10 DSGVO) it releases; required when one is ticked.</summary>
    public bool SpecialCategoriesNamedExplicitly { get; init; }

    public string? Purpose { get; init; }

    public ConsentForm Form { get; init; } = ConsentForm.Schriftlich;

    public bool RefusalConsequencesExplained { get; init; }

    public DateOnly? GivenOn { get; init; }

    public DateOnly? ValidUntil { get; init; }
}
