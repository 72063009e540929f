namespace Kim.Workflows.Domain.Controlling;

/// <summary>Median of day counts; the mean of the two middle values for an even count.</summary>
public static class Median
{
    public static decimal? Of(IEnumerable<int> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2m;
    }

    /// <summary>The median as a cell, given only when at least <see cref="SmallCellSuppression.Threshold"/> values stand behind it.</summary>
    public static FigureCell Cell(IReadOnlyCollection<int> values) =>
        values.Count >= SmallCellSuppression.Threshold && Of(values) is { } median
            ? FigureCell.Number(median)
            : FigureCell.NotAvailable;
}
