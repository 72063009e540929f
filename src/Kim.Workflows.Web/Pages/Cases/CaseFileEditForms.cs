using Kim.Workflows.Application.Cases;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Clients;
using Kim.Workflows.Domain.Consents;

namespace Kim.Workflows.Web.Pages.Cases;

/// <summary>
/// The form of a Schweigepflichtentbindung (new when <see cref="ConsentId"/> is null). Field names match
/// <see cref="ConsentInput"/>, so the service's errors land next to the fields.
/// </summary>
public sealed class ConsentEditForm
{
    public Guid? ConsentId { get; set; }

    public int Version { get; set; }

    public List<Guid> PartnerOrganisationIds { get; set; } = [];

    public List<DataCategory> DataCategories { get; set; } = [];

    public bool SpecialCategoriesNamedExplicitly { get; set; }

    public string? Purpose { get; set; }

    public ConsentForm Form { get; set; } = ConsentForm.Schriftlich;

    public bool RefusalConsequencesExplained { get; set; }

    public DateOnly? GivenOn { get; set; }

    public DateOnly? ValidUntil { get; set; }

    public ConsentInput ToInput() => new()
    {
        PartnerOrganisationIds = PartnerOrganisationIds, DataCategories = DataCategories, SpecialCategoriesNamedExplicitly = SpecialCategoriesNamedExplicitly,
        Purpose = Purpose, Form = Form, RefusalConsequencesExplained = RefusalConsequencesExplained, GivenOn = GivenOn, ValidUntil = ValidUntil,
    };

    public static ConsentEditForm From(Schweigepflichtentbindung consent) => new()
    {
        ConsentId = consent.Id, Version = consent.Version, PartnerOrganisationIds = [.. consent.PartnerOrganisationIds],
        DataCategories = [.. consent.DataCategories], SpecialCategoriesNamedExplicitly = consent.DataCategories.Any(Domain.Consents.DataCategories.IsSpecial),
        Purpose = consent.Purpose, Form = consent.Form, RefusalConsequencesExplained = consent.RefusalConsequencesExplained,
        GivenOn = consent.GivenOn, ValidUntil = consent.ValidUntil,
    };
}

/// <summary>The form of a household member (new when <see cref="MemberId"/> is null); names as in <see cref="HouseholdMemberInput"/>.</summary>
public sealed class HouseholdMemberForm
{
    public Guid? MemberId { get; set; }

    public int Version { get; set; }

    public string? GivenName { get; set; }

    public string? FamilyName { get; set; }

    public DateOnly? BirthDate { get; set; }

    public HouseholdRelationship Relationship { get; set; } = HouseholdRelationship.Kind;

    public HouseholdMemberInput ToInput() => new() { GivenName = GivenName, FamilyName = FamilyName, BirthDate = BirthDate, Relationship = Relationship };

    public static HouseholdMemberForm From(HouseholdMember member) => new()
    {
        MemberId = member.Id, Version = member.Version, GivenName = member.GivenName, FamilyName = member.FamilyName,
        BirthDate = member.BirthDate, Relationship = member.Relationship,
    };
}

/// <summary>The contact form; names as in <see cref="ContactInput"/>.</summary>
public sealed class ContactForm
{
    public DateOnly? Date { get; set; }

    public TimeOnly? Time { get; set; }

    public ContactKind Kind { get; set; } = ContactKind.Persoenlich;

    public string? Location { get; set; }

    public string? Summary { get; set; }

    public ContactInput ToInput() => new() { Date = Date, Time = Time, Kind = Kind, Location = Location, Summary = Summary };
}

/// <summary>The master-data form; names as in <see cref="ClientDataInput"/> (languages as one comma-separated line).</summary>
public sealed class ClientDataForm
{
    public int CaseVersion { get; set; }

    public string? Languages { get; set; }

    public bool InterpreterNeeded { get; set; }

    public string? InterpreterLanguage { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Street { get; set; }

    public string? PostalCode { get; set; }

    public Aufenthaltsstatus Aufenthaltsstatus { get; set; }

    public DateOnly? AufenthaltsstatusValidUntil { get; set; }

    public List<Rechtskreis> LegalDomains { get; set; } = [];

    public ClientDataInput ToInput() => new()
    {
        Languages = [.. (Languages ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        InterpreterNeeded = InterpreterNeeded, InterpreterLanguage = InterpreterLanguage, Phone = Phone, Email = Email, Street = Street,
        PostalCode = PostalCode, Aufenthaltsstatus = Aufenthaltsstatus, AufenthaltsstatusValidUntil = AufenthaltsstatusValidUntil,
        LegalDomains = LegalDomains.Aggregate(Rechtskreis.Keiner, (all, one) => all | one),
    };

    public static ClientDataForm From(Fallakte file, Client client) => new()
    {
        CaseVersion = file.Version, Languages = string.Join(", ", client.Languages), InterpreterNeeded = client.InterpreterNeeded,
        InterpreterLanguage = client.InterpreterLanguage, Phone = client.Phone, Email = client.Email, Street = client.Street, PostalCode = client.PostalCode,
        Aufenthaltsstatus = client.Aufenthaltsstatus, AufenthaltsstatusValidUntil = client.AufenthaltsstatusValidUntil,
        LegalDomains = [.. Enum.GetValues<Rechtskreis>().Where(r => r != Rechtskreis.Keiner && file.LegalDomains.HasFlag(r))],
    };
}
