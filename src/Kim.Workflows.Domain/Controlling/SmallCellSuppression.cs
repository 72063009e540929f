namespace Kim.Workflows.Domain.Controlling;

/// <summary>
/// Hides small counts so no figure points to a person (coordination sees aggregates only).
/// <list type="number">
/// <item>Primary: every count from 1 to <see cref="Threshold"/> − 1 is shown as "&lt; 5". Zero is
/// shown: an empty cell is nobody, and hiding zeros would hide that a district has no such case.</item>
/// <item>Secondary: a table is a set of sums (each district row adds up to its total when the
/// categories add up, each category column adds up to the Kreis). Where exactly one number of such
/// a sum is hidden, the others would reveal it by subtraction, so the smallest other non-zero part
/// is hidden too (shown as "x"); repeated until no sum has exactly one hidden number.</item>
/// </list>
/// Derived figures (shares, medians, caseload) are given only when every count they rest on is
/// shown and at least <see cref="Threshold"/> cases stand behind them. Differences between two
/// periods are not protected: the dashboard offers fixed periods, not arbitrary overlapping ones.
/// </summary>
public static class SmallCellSuppression
{
    public const int Threshold = 5;

    public static bool IsSmall(int count) => count is > 0 and < Threshold;

    /// <summary>
    /// Suppresses a grid from <see cref="CountMatrix.WithTotals"/>: the last row is the Kreis total;
    /// the last column the row total, which takes part only when <paramref name="categoriesAddUp"/>.
    /// </summary>
    public static CellState[,] Apply(int[,] grid, bool categoriesAddUp)
    {
        var rows = grid.GetLength(0);
        var columns = grid.GetLength(1);
        var parts = columns - 1;
        var states = new CellState[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                if ((c < parts || categoriesAddUp) && IsSmall(grid[r, c]))
                {
                    states[r, c] = CellState.SmallCell;
                }
            }
        }

        var sums = Sums(rows, columns, categoriesAddUp);
        bool changed;
        do
        {
            changed = false;
            foreach (var sum in sums)
            {
                changed |= Protect(grid, states, sum, sums);
            }
        }
        while (changed);

        return states;
    }

    /// <summary>Each sum as (total cell, part cells).</summary>
    private static List<((int R, int C) Total, (int R, int C)[] Parts)> Sums(int rows, int columns, bool categoriesAddUp)
    {
        var sums = new List<((int, int), (int, int)[])>();
        var districts = rows - 1;
        var categories = columns - 1;
        var lastColumn = categoriesAddUp ? columns : categories;
        for (var c = 0; c < lastColumn; c++)
        {
            sums.Add(((districts, c), [.. Enumerable.Range(0, districts).Select(r => (r, c))]));
        }

        if (categoriesAddUp)
        {
            for (var r = 0; r < rows; r++)
            {
                sums.Add(((r, categories), [.. Enumerable.Range(0, categories).Select(c => (r, c))]));
            }
        }

        return sums;
    }

    private static bool Protect(
        int[,] grid, CellState[,] states, ((int R, int C) Total, (int R, int C)[] Parts) sum,
        List<((int R, int C) Total, (int R, int C)[] Parts)> sums)
    {
        if (HiddenIn(states, sum) != 1)
        {
            return false;
        }

        // Prefer a part whose crossing sum also has exactly one hidden number: one more hidden cell
        // then protects two sums, and the suppression does not cascade through the table.
        var candidate = sum.Parts
            .Where(p => states[p.R, p.C] == CellState.Shown && grid[p.R, p.C] > 0)
            .OrderBy(p => sums.Any(s => s != sum && Contains(s, p) && HiddenIn(states, s) == 1) ? 0 : 1)
            .ThenBy(p => grid[p.R, p.C]).ThenBy(p => p.R).ThenBy(p => p.C)
            .Select(p => ((int R, int C)?)p)
            .FirstOrDefault();
        // No non-zero part left: the hidden number is the total of zeros plus itself, so hiding the total is enough.
        var target = candidate ?? sum.Total;
        if (states[target.R, target.C] != CellState.Shown)
        {
            return false;
        }

        states[target.R, target.C] = CellState.SecondarySuppressed;
        return true;
    }

    private static int HiddenIn(CellState[,] states, ((int R, int C) Total, (int R, int C)[] Parts) sum) =>
        sum.Parts.Append(sum.Total).Count(m => states[m.R, m.C] != CellState.Shown);

    private static bool Contains(((int R, int C) Total, (int R, int C)[] Parts) sum, (int R, int C) cell) =>
        sum.Total == cell || sum.Parts.Contains(cell);
}
