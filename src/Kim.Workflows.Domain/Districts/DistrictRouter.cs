using System.Globalization;
using System.Text;

namespace Kim.Workflows.Domain.Districts;

/// <summary>Routes a municipality to its district and the district's case-management candidate group.</summary>
public sealed class DistrictRouter
{
    private readonly Dictionary<string, DistrictRoute> _routes = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];

    public DistrictRouter() : this(KreisWarendorf.CreateDistricts())
    {
    }

    public DistrictRouter(IEnumerable<District> districts)
    {
        foreach (var district in districts)
        {
            foreach (var municipality in district.Municipalities)
            {
                var route = new DistrictRoute(
                    municipality.Id, municipality.Name, district.Id, district.Name,
                    district.CaseManagementGroup, district.CoordinationGroup);
                _routes[Normalize(municipality.Id)] = route;
                _routes[Normalize(municipality.Name)] = route;
                _names.Add(municipality.Name);
            }
        }
    }

    public IReadOnlyList<string> MunicipalityNames => _names;

    /// <summary>Accepts the id (<c>oelde</c>) or the name (<c>Oelde</c>), ignoring case and surrounding blanks.</summary>
    /// <exception cref="UnknownMunicipalityException">The place is not a municipality of the Kreis.</exception>
    public DistrictRoute Route(string municipality)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        return TryRoute(municipality, out var route)
            ? route
            : throw new UnknownMunicipalityException(municipality.Trim(), _names);
    }

    public bool TryRoute(string municipality, out DistrictRoute route) =>
        _routes.TryGetValue(Normalize(municipality), out route!);

    private static string Normalize(string value)
    {
        // Umlauts and case vary between forms and imports ("Suedkreis", "SÜDKREIS"); compare a folded form.
        var folded = value.Trim().ToLowerInvariant()
            .Replace("ä", "ae").Replace("ö", "oe").Replace("ü", "ue").Replace("ß", "ss");
        return folded.Normalize(NormalizationForm.FormC).ToString(CultureInfo.InvariantCulture);
    }
}
