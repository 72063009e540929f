using Kim.Workflows.Engine.Timers;

namespace Kim.Workflows.Engine.Model;

/// <summary>A timerEventDefinition: one of timeDate, timeDuration, timeCycle, as raw (expression) text.</summary>
public sealed record TimerDefinition(TimerKind Kind, string Expression)
{
    /// <summary>Set when the process owner marked the timer as a deadline on working days (<c>kim:arbeitstage</c>).</summary>
    public WorkingDayRule? WorkingDays { get; init; }
}
