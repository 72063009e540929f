namespace Kim.Workflows.Domain.Controlling;

/// <summary>
/// Counts per district (rows) and category (columns), with the Kreis as the sum of the districts.
/// Every count table of the dashboard is one of these, suppressed as a whole by
/// <see cref="SmallCellSuppression"/>: a district view is one row, the Kreis view the total row,
/// so comparing the views cannot undo a suppression.
/// </summary>
public sealed class CountMatrix
{
    private readonly int[,] _counts;

    public CountMatrix(IReadOnlyList<string> districtIds, IReadOnlyList<string> categories, bool categoriesAddUp)
    {
        DistrictIds = districtIds;
        Categories = categories;
        CategoriesAddUp = categoriesAddUp;
        _counts = new int[districtIds.Count, categories.Count];
    }

    public IReadOnlyList<string> DistrictIds { get; }

    public IReadOnlyList<string> Categories { get; }

    /// <summary>True when every counted thing falls into exactly one category, so a district has a meaningful total.</summary>
    public bool CategoriesAddUp { get; }

    public void Add(string districtId, string category, int count = 1)
    {
        var row = IndexOf(DistrictIds, districtId);
        var column = IndexOf(Categories, category);
        if (row >= 0 && column >= 0)
        {
            _counts[row, column] += count;
        }
    }

    public int this[int row, int column] => _counts[row, column];

    /// <summary>
    /// The grid with margins: rows are the districts then the Kreis, columns the categories then
    /// (when they add up) the total. That is the shape suppression and display work on.
    /// </summary>
    public int[,] WithTotals()
    {
        var rows = DistrictIds.Count;
        var columns = Categories.Count;
        var grid = new int[rows + 1, columns + 1];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                grid[r, c] = _counts[r, c];
                grid[rows, c] += _counts[r, c];
                grid[r, columns] += _counts[r, c];
                grid[rows, columns] += _counts[r, c];
            }
        }

        return grid;
    }

    private static int IndexOf(IReadOnlyList<string> keys, string key)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            if (string.Equals(keys[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
