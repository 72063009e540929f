namespace Kim.Workflows.Web.Api.Rules;

/// <summary>Paging parameters: a page counts from 1, a page size or <c>take</c> from 1 to the list's maximum. Out of range is an error, not silently clamped.</summary>
internal static class PagingRule
{
    public static int Page(FieldErrors errors, int? page, string field = "page")
    {
        if (page is < 1)
        {
            errors.Add(field, $"Die Seite zählt ab 1 (angegeben: {page}).");
        }

        return page ?? 1;
    }

    public static int Size(FieldErrors errors, int? size, int fallback, int max, string field)
    {
        if (size is < 1 || size > max)
        {
            errors.Add(field, $"„{field}“ muss zwischen 1 und {max} liegen (angegeben: {size}).");
        }

        return size ?? fallback;
    }
}
