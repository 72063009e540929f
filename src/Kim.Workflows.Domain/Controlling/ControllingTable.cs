namespace Kim.Workflows.Domain.Controlling;

/// <summary>
/// One table of the dashboard and of the CSV export. <see cref="Columns"/> are the German headers,
/// the first one naming the row labels; each row has one cell per further column.
/// </summary>
public sealed record ControllingTable(
    string Key,
    string Title,
    IReadOnlyList<string> Columns,
    IReadOnlyList<ControllingRow> Rows,
    string? Note = null,
    ChartKind Chart = ChartKind.Bar)
{
    /// <summary>Which value columns (0 = first after the label) become chart data sets.</summary>
    public IReadOnlyList<int> ChartColumns { get; init; } = [0];

    /// <summary>Rows that feed a chart: totals and derived figures are left out (they would dwarf their parts).</summary>
    public IEnumerable<ControllingRow> ChartRows => Rows.Where(r => r.Kind == RowKind.Data);
}

public sealed record ControllingRow(string Label, IReadOnlyList<FigureCell> Cells, RowKind Kind = RowKind.Data);

public enum RowKind
{
    Data,
    Total,
    Derived,
}

public enum ChartKind
{
    Bar,
    Doughnut,
    None,
}
