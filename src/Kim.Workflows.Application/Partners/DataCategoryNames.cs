using Kim.Workflows.Domain.Consents;

namespace Kim.Workflows.Application.Partners;

/// <summary>Data categories as workflows name them (<c>arbeit</c>, <c>familie</c>, <c>aufenthalt</c>, <c>einbuergerung</c>).</summary>
public static class DataCategoryNames
{
    private static readonly Dictionary<string, DataCategory[]> Aliases = new(StringComparer.Ordinal)
    {
        ["familie"] = [DataCategory.FamilieSchuleKita],
        ["schule"] = [DataCategory.FamilieSchuleKita],
        ["kita"] = [DataCategory.FamilieSchuleKita],
        ["bildung"] = [DataCategory.BildungAnerkennung],
        ["anerkennung"] = [DataCategory.BildungAnerkennung],
        // The §10 StAG pre-check asks about residence; convictions are answered yes/no by the client, not shared.
        ["einbuergerung"] = [DataCategory.Aufenthalt],
        ["allgemein"] = [DataCategory.AllgemeineFalldaten],
        ["falldaten"] = [DataCategory.AllgemeineFalldaten],
        ["strafrecht"] = [DataCategory.Strafrechtliches],
        ["religion"] = [DataCategory.ReligioeseUeberzeugung],
    };

    /// <summary>The categories, or the names that match none.</summary>
    public static (IReadOnlyList<DataCategory> Categories, IReadOnlyList<string> Unknown) Parse(IEnumerable<string> names)
    {
        var categories = new List<DataCategory>();
        var unknown = new List<string>();
        foreach (var name in names)
        {
            var slug = PartnerDirectory.Slug(name).Replace("-", "", StringComparison.Ordinal);
            if (Aliases.TryGetValue(slug, out var aliased))
            {
                categories.AddRange(aliased);
            }
            else if (Enum.GetValues<DataCategory>().FirstOrDefault(c => c.ToString().ToLowerInvariant() == slug) is var match
                     && match.ToString().ToLowerInvariant() == slug)
            {
                categories.Add(match);
            }
            else
            {
                unknown.Add(name);
            }
        }

        return (categories.Distinct().ToList(), unknown);
    }
}
