using Kim.Workflows.Domain.Clients;

namespace Kim.Workflows.Application.Cases;

/// <summary>A household member as entered: only what the help planning needs (name, birth date, relationship).</summary>
public sealed record HouseholdMemberInput
{
    public const int NameMaxLength = 100;

    public string? GivenName { get; init; }

    public string? FamilyName { get; init; }

    public DateOnly? BirthDate { get; init; }

    public HouseholdRelationship Relationship { get; init; } = HouseholdRelationship.Kind;

    /// <summary>German messages keyed by field; empty when the input is valid.</summary>
    public IReadOnlyDictionary<string, string> Validate(DateOnly today)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var given = GivenName?.Trim() ?? "";
        if (given.Length == 0)
        {
            errors[nameof(GivenName)] = "Bitte den Vornamen angeben.";
        }
        else if (given.Length > NameMaxLength)
        {
            errors[nameof(GivenName)] = $"Der Vorname darf höchstens {NameMaxLength} Zeichen lang sein.";
        }

        if ((FamilyName?.Trim().Length ?? 0) > NameMaxLength)
        {
            errors[nameof(FamilyName)] = $"Der Familienname darf höchstens {NameMaxLength} Zeichen lang sein.";
        }

        if (BirthDate is { } born && (born > today || born < today.AddYears(-120)))
        {
            errors[nameof(BirthDate)] = "Das Geburtsdatum ist nicht plausibel (in der Zukunft oder mehr als 120 Jahre zurück).";
        }

        if (!Enum.IsDefined(Relationship))
        {
            errors[nameof(Relationship)] = "Bitte die Beziehung zur Klientin bzw. zum Klienten auswählen.";
        }

        return errors;
    }

    internal void ApplyTo(HouseholdMember member)
    {
        member.GivenName = GivenName!.Trim();
        member.FamilyName = string.IsNullOrWhiteSpace(FamilyName) ? null : FamilyName.Trim();
        member.BirthDate = BirthDate;
        member.Relationship = Relationship;
    }
}
