using System.Net.Mail;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Clients;

namespace Kim.Workflows.Application.Cases;

/// <summary>
/// The client master data a case manager may change after intake (data minimisation: nothing beyond what the work needs).
/// Name and birth date stay as recorded at intake; the municipality (and so the district) changes only by a hand-over.
/// </summary>
public sealed record ClientDataInput
{
    public const int MaxLanguages = 8;
    public const int LanguageMaxLength = 60;

    private const Rechtskreis AllLegalDomains = Rechtskreis.SgbII | Rechtskreis.SgbIII | Rechtskreis.SgbVIII | Rechtskreis.SgbXII | Rechtskreis.AsylbLG;

    /// <summary>Languages the person speaks, the preferred one first.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    public bool InterpreterNeeded { get; init; }

    public string? InterpreterLanguage { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    public string? Street { get; init; }

    public string? PostalCode { get; init; }

    public Aufenthaltsstatus Aufenthaltsstatus { get; init; } = Aufenthaltsstatus.Unbekannt;

    public DateOnly? AufenthaltsstatusValidUntil { get; init; }

    public Rechtskreis LegalDomains { get; init; }

    /// <summary>Statuses without an end date: an expiry date there would be a typing error.</summary>
    public static bool IsUnlimited(Aufenthaltsstatus status) => status is Aufenthaltsstatus.Niederlassungserlaubnis
        or Aufenthaltsstatus.DaueraufenthaltEU or Aufenthaltsstatus.DeutscheStaatsangehoerigkeit or Aufenthaltsstatus.EuFreizuegigkeit;

    /// <summary>German messages keyed by field; empty when the input is valid.</summary>
    public IReadOnlyDictionary<string, string> Validate()
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var languages = CleanLanguages();
        if (languages.Count > MaxLanguages)
        {
            errors[nameof(Languages)] = $"Bitte höchstens {MaxLanguages} Sprachen angeben.";
        }
        else if (languages.Any(l => l.Length > LanguageMaxLength))
        {
            errors[nameof(Languages)] = $"Eine Sprache darf höchstens {LanguageMaxLength} Zeichen lang sein.";
        }

        if (InterpreterNeeded && string.IsNullOrWhiteSpace(InterpreterLanguage))
        {
            errors[nameof(InterpreterLanguage)] = "Bitte angeben, für welche Sprache eine Dolmetschung gebraucht wird.";
        }
        else if ((InterpreterLanguage?.Trim().Length ?? 0) > LanguageMaxLength)
        {
            errors[nameof(InterpreterLanguage)] = $"Die Sprache darf höchstens {LanguageMaxLength} Zeichen lang sein.";
        }

        var phone = Phone?.Trim() ?? "";
        if (phone.Length > 40 || phone.Any(c => !char.IsAsciiDigit(c) && c is not (' ' or '+' or '/' or '-' or '(' or ')')))
        {
            errors[nameof(Phone)] = "Die Telefonnummer darf nur Ziffern, Leerzeichen und + / - ( ) enthalten (höchstens 40 Zeichen).";
        }

        var email = Email?.Trim() ?? "";
        if (email.Length > 0 && (email.Length > 200 || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email || !parsed.Host.Contains('.', StringComparison.Ordinal)))
        {
            errors[nameof(Email)] = "Bitte eine gültige E-Mail-Adresse angeben (z. B. name@beispiel.de).";
        }

        if ((Street?.Trim().Length ?? 0) > 200)
        {
            errors[nameof(Street)] = "Straße und Hausnummer dürfen höchstens 200 Zeichen lang sein.";
        }

        var postalCode = PostalCode?.Trim() ?? "";
        if (postalCode.Length > 0 && (postalCode.Length != 5 || !postalCode.All(char.IsAsciiDigit)))
        {
            errors[nameof(PostalCode)] = "Die Postleitzahl hat fünf Ziffern.";
        }

        if (!Enum.IsDefined(Aufenthaltsstatus))
        {
            errors[nameof(Aufenthaltsstatus)] = "Bitte einen Aufenthaltsstatus auswählen.";
        }
        else if (IsUnlimited(Aufenthaltsstatus) && AufenthaltsstatusValidUntil is not null)
        {
            errors[nameof(AufenthaltsstatusValidUntil)] = "Dieser Status ist unbefristet; bitte kein Ablaufdatum angeben.";
        }

        if ((LegalDomains & ~AllLegalDomains) != 0)
        {
            errors[nameof(LegalDomains)] = "Unbekannter Rechtskreis.";
        }

        return errors;
    }

    internal void ApplyTo(Fallakte file, Client client)
    {
        client.Languages = [.. CleanLanguages()];
        client.InterpreterNeeded = InterpreterNeeded;
        client.InterpreterLanguage = InterpreterNeeded ? InterpreterLanguage!.Trim() : null;
        client.Phone = Blank(Phone);
        client.Email = Blank(Email);
        client.Street = Blank(Street);
        client.PostalCode = Blank(PostalCode);
        client.Aufenthaltsstatus = Aufenthaltsstatus;
        client.AufenthaltsstatusValidUntil = AufenthaltsstatusValidUntil;
        file.LegalDomains = LegalDomains;
    }

    private List<string> CleanLanguages() =>
        [.. Languages.Select(l => l.Trim()).Where(l => l.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
