using System.Globalization;

namespace Kim.Workflows.Domain.Controlling;

/// <summary>
/// One number of a controlling table as it may be shown: the value, or a suppression mark instead.
/// <see cref="Value"/> is null whenever the number must not be shown, so a chart cannot leak it.
/// </summary>
public sealed record FigureCell(decimal? Value, string Display, CellState State)
{
    public const string SmallCellMark = "< 5";
    public const string SecondaryMark = "x";
    public const string NotAvailableMark = "–";

    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static FigureCell Count(int value) => new(value, value.ToString(German), CellState.Shown);

    public static FigureCell Number(decimal value, string format = "0.0") => new(value, value.ToString(format, German), CellState.Shown);

    public static FigureCell Percent(decimal value) => new(value, value.ToString("0.0", German) + " %", CellState.Shown);

    public static readonly FigureCell Small = new(null, SmallCellMark, CellState.SmallCell);

    public static readonly FigureCell Secondary = new(null, SecondaryMark, CellState.SecondarySuppressed);

    /// <summary>A derived figure that cannot be given (too few cases, or it rests on a suppressed count).</summary>
    public static readonly FigureCell NotAvailable = new(null, NotAvailableMark, CellState.NotAvailable);

    public bool IsShown => State == CellState.Shown;
}
