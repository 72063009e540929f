namespace Kim.Workflows.Domain.Controlling;

/// <summary>A <see cref="CountMatrix"/> after suppression, read per scope (a district or the Kreis).</summary>
public sealed class SuppressedCounts
{
    private readonly int[,] _grid;
    private readonly CellState[,] _states;

    public SuppressedCounts(CountMatrix matrix)
    {
        Matrix = matrix;
        _grid = matrix.WithTotals();
        _states = SmallCellSuppression.Apply(_grid, matrix.CategoriesAddUp);
    }

    public CountMatrix Matrix { get; }

    /// <summary>The row of a district, or the Kreis row for null.</summary>
    public int RowOf(string? districtId)
    {
        if (districtId is null)
        {
            return Matrix.DistrictIds.Count;
        }

        var index = Matrix.DistrictIds.ToList().IndexOf(districtId);
        return index >= 0 ? index : throw new ArgumentException($"Unbekannter Bezirk {districtId}.", nameof(districtId));
    }

    public FigureCell Cell(string? districtId, int category) => Show(RowOf(districtId), category);

    public FigureCell Cell(string? districtId, string category) => Cell(districtId, Matrix.Categories.ToList().IndexOf(category));

    /// <summary>The total of a district's (or the Kreis's) categories; only for categories that add up.</summary>
    public FigureCell Total(string? districtId) => Matrix.CategoriesAddUp
        ? Show(RowOf(districtId), Matrix.Categories.Count)
        : throw new InvalidOperationException("Die Kategorien dieser Tabelle ergeben keine Summe.");

    /// <summary>The raw count behind a shown cell, for derived figures; null when hidden.</summary>
    public int? ShownValue(string? districtId, int category)
    {
        var row = RowOf(districtId);
        return _states[row, category] == CellState.Shown ? _grid[row, category] : null;
    }

    public int? ShownTotal(string? districtId) => ShownValue(districtId, Matrix.Categories.Count);

    private FigureCell Show(int row, int column) => _states[row, column] switch
    {
        CellState.Shown => FigureCell.Count(_grid[row, column]),
        CellState.SmallCell => FigureCell.Small,
        _ => FigureCell.Secondary,
    };
}
