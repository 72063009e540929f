namespace Kim.Workflows.Engine.Timers;

/// <summary>The three BPMN timer definitions: timeDate, timeDuration, timeCycle.</summary>
public enum TimerKind
{
    Date,
    Duration,
    Cycle,
}
