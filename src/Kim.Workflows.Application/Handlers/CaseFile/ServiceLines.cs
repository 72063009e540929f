using Kim.Workflows.Application.Cases;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Partners;
using Kim.Workflows.Domain.Services;

namespace Kim.Workflows.Application.Handlers.CaseFile;

/// <summary>
/// Parses the field <c>leistungen</c> of the task „Leistungen vermitteln und steuern“: one service per line,
/// <c>Leistung; Anbieter; Stand</c>. The status is a German word (geplant, angefragt/angemeldet, läuft/laufend/begonnen,
/// abgeschlossen/beendet, abgebrochen, abgelehnt). A title beginning with "Verweis" is a Verweisberatung; its legal domain
/// comes from the title ("SGB II", "SGB III", "SGB VIII") or, failing that, from the provider's kind (Jobcenter, Agentur für
/// Arbeit, Jugendamt).
/// </summary>
internal static class ServiceLines
{
    private static readonly Dictionary<string, ServiceStatus> StatusWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["geplant"] = ServiceStatus.Geplant,
        ["angefragt"] = ServiceStatus.Angefragt,
        ["angemeldet"] = ServiceStatus.Angefragt,
        ["läuft"] = ServiceStatus.Laufend,
        ["laeuft"] = ServiceStatus.Laufend,
        ["laufend"] = ServiceStatus.Laufend,
        ["begonnen"] = ServiceStatus.Laufend,
        ["abgeschlossen"] = ServiceStatus.Abgeschlossen,
        ["beendet"] = ServiceStatus.Abgeschlossen,
        ["abgebrochen"] = ServiceStatus.Abgebrochen,
        ["abgelehnt"] = ServiceStatus.Abgelehnt,
    };

    /// <summary>The word a line uses for a status (read back by <see cref="Parse"/>).</summary>
    public static string WordOf(ServiceStatus status) => status switch
    {
        ServiceStatus.Geplant => "geplant",
        ServiceStatus.Angefragt => "angefragt",
        ServiceStatus.Laufend => "läuft",
        ServiceStatus.Abgeschlossen => "abgeschlossen",
        ServiceStatus.Abgebrochen => "abgebrochen",
        _ => "abgelehnt",
    };

    public static IReadOnlyList<ServiceLine> Parse(string? text) => [.. FormText.Lines(text).Select(Line).Where(l => l is not null).Select(l => l!)];

    /// <summary>The legal domain a referral hands over to: named in the title, else the provider's kind; null when neither tells.</summary>
    public static Rechtskreis? TargetOf(string title, PartnerOrganisation? provider)
    {
        var compact = title.ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal);
        if (compact.Contains("SGBVIII", StringComparison.Ordinal))
        {
            return Rechtskreis.SgbVIII;
        }

        if (compact.Contains("SGBIII", StringComparison.Ordinal))
        {
            return Rechtskreis.SgbIII;
        }

        if (compact.Contains("SGBII", StringComparison.Ordinal))
        {
            return Rechtskreis.SgbII;
        }

        return provider?.Kind switch
        {
            PartnerKind.Jobcenter => Rechtskreis.SgbII,
            PartnerKind.AgenturFuerArbeit => Rechtskreis.SgbIII,
            PartnerKind.Jugendamt => Rechtskreis.SgbVIII,
            _ => null,
        };
    }

    private static ServiceLine? Line(string line)
    {
        var parts = FormText.Parts(line);
        var title = FormText.Fit(parts[0], ServiceReferralInput.TitleMaxLength);
        if (title is null)
        {
            return null;
        }

        var provider = parts.Length > 1 ? FormText.Fit(parts[1], ServiceReferralInput.ProviderMaxLength) : null;
        var word = parts.Length > 2 ? FormText.Fit(string.Join("; ", parts[2..]), 200) : null;
        ServiceStatus? status = word is not null && StatusWords.TryGetValue(word, out var known) ? known : null;
        return new ServiceLine(title, provider, status, status is null ? word : null, title.StartsWith("Verweis", StringComparison.OrdinalIgnoreCase));
    }
}
