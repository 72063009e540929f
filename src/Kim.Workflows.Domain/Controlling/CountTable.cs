namespace Kim.Workflows.Domain.Controlling;

/// <summary>Turns one scope of a suppressed count matrix into a table: one row per category, then the total.</summary>
internal static class CountTable
{
    public static ControllingTable Of(
        string key, string title, string labelHeader, SuppressedCounts counts, string? districtId,
        ChartKind chart = ChartKind.Bar, string? note = null)
    {
        var rows = counts.Matrix.Categories
            .Select((category, index) => new ControllingRow(category, [counts.Cell(districtId, index)]))
            .ToList();
        if (counts.Matrix.CategoriesAddUp)
        {
            rows.Add(new ControllingRow("Gesamt", [counts.Total(districtId)], RowKind.Total));
        }

        return new ControllingTable(key, title, [labelHeader, "Anzahl"], rows, note, chart);
    }
}
