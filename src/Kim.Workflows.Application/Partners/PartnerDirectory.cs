using System.Text;
using Kim.Workflows.Domain.Partners;
using Kim.Workflows.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Application.Partners;

/// <summary>
/// Resolves the partner ids a workflow names (form fields, messages) to the directory: a Guid, a slug of
/// the name (<c>jobcenter-kreis-warendorf</c>), a kind (<c>jobcenter</c>, <c>abh</c>, <c>ebh</c>) or a prefix of a slug.
/// </summary>
public static class PartnerDirectory
{
    public static async Task<IReadOnlyDictionary<string, PartnerOrganisation?>> ResolveAsync(
        KimDbContext db, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var all = await db.Partners.AsNoTracking().Include(p => p.ContactPersons).Where(p => p.IsActive).OrderBy(p => p.Name)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return ids.Distinct(StringComparer.Ordinal).ToDictionary(id => id, id => Find(all, id), StringComparer.Ordinal);
    }

    public static PartnerOrganisation? Find(IReadOnlyList<PartnerOrganisation> all, string id)
    {
        if (Guid.TryParse(id, out var guid))
        {
            return all.FirstOrDefault(p => p.Id == guid);
        }

        var slug = Slug(id);
        var kind = slug switch
        {
            "abh" or "auslaenderbehoerde" => PartnerKind.Auslaenderbehoerde,
            "ebh" or "einbuergerungsbehoerde" => PartnerKind.Einbuergerungsbehoerde,
            _ => Enum.GetValues<PartnerKind>().Cast<PartnerKind?>().FirstOrDefault(k => Slug(k.ToString()!) == slug),
        };
        return all.FirstOrDefault(p => Slug(p.Name) == slug)
            ?? (kind is { } k ? all.Where(p => p.Kind == k).OrderBy(p => p.DistrictId is null ? 0 : 1).FirstOrDefault() : null)
            ?? all.FirstOrDefault(p => Slug(p.Name).StartsWith(slug + "-", StringComparison.Ordinal));
    }

    /// <summary>The id a page shows and a link carries for a partner.</summary>
    public static string IdOf(PartnerOrganisation partner) => Slug(partner.Name);

    public static string Slug(string text)
    {
        var folded = text.Trim().ToLowerInvariant().Replace("ä", "ae").Replace("ö", "oe").Replace("ü", "ue").Replace("ß", "ss");
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        var slug = builder.ToString();
        while (slug.Contains("--", StringComparison.Ordinal))
        {
            slug = slug.Replace("--", "-", StringComparison.Ordinal);
        }

        return slug.Trim('-');
    }
}
