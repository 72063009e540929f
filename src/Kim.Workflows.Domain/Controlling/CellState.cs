namespace Kim.Workflows.Domain.Controlling;

public enum CellState
{
    Shown,
    /// <summary>A count from 1 to 4 (primary suppression).</summary>
    SmallCell,
    /// <summary>A larger count hidden because with the totals it would reveal a small one.</summary>
    SecondarySuppressed,
    /// <summary>A median or share that rests on fewer than 5 cases or on a suppressed count.</summary>
    NotAvailable,
}
