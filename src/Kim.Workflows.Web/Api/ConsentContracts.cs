namespace Kim.Workflows.Web.Api;

/// <summary>
/// A Schweigepflichtentbindung as signed by the client: partners one by one (directory ids: slugs such as
/// <c>jobcenter-kreis-warendorf</c> or Guids), the released data categories (<c>arbeit</c>, <c>aufenthalt</c>, <c>gesundheit</c>, …;
/// Art. 9/10 categories only with <see cref="SpecialCategoriesNamedExplicitly"/>), purpose, form (<c>schriftlich</c>,
/// <c>elektronisch</c>), date, optional end of validity.
/// </summary>
public sealed record ConsentRequest(
    IReadOnlyList<string>? PartnerIds, IReadOnlyList<string>? DataCategories, bool SpecialCategoriesNamedExplicitly, string? Purpose, string? Form,
    bool RefusalConsequencesExplained, DateOnly? GivenOn, DateOnly? ValidUntil);

/// <summary>The stored consent (or revocation): its id and the version an edit must name.</summary>
public sealed record ConsentSaved(Guid Id, int Version, string Location);
