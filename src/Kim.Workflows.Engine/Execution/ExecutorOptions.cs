namespace Kim.Workflows.Engine.Execution;

/// <summary>How the executor treats the outside world.</summary>
public sealed record ExecutorOptions
{
    /// <summary>
    /// False in the simulator: service, send and business-rule tasks complete at once instead of
    /// creating a job for a handler (conformance kit, section 3).
    /// </summary>
    public bool RunHandlers { get; init; } = true;

    /// <summary>Agenda operations one command may take before it is stopped as an endless loop.</summary>
    public int MaxOperationsPerCommand { get; init; } = 1_000_000;

    public Expressions.ExpressionLimits ExpressionLimits { get; init; } = Expressions.ExpressionLimits.Default;

    public Scripting.ScriptLimits ScriptLimits { get; init; } = Scripting.ScriptLimits.Default;

    /// <summary>
    /// The working days for due dates and marked timers: NRW weekends and holidays plus the host's closure days
    /// (handed in by the host, e.g. from <c>KimWorkflows:Kalender:Schliesstage</c>).
    /// </summary>
    public Timers.WorkingDayCalendar WorkingDays { get; init; } = Timers.WorkingDayCalendar.Nrw;

    public Variables.VariableLimits VariableLimits { get; init; } = Variables.VariableLimits.Default;

    public static ExecutorOptions Default { get; } = new();
}
