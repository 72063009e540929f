using Kim.Workflows.Engine.Timers;

namespace Kim.Workflows.Engine.Model;

/// <summary>A timerEventDefinition: one of timeDate, timeDuration, timeCycle, as raw (expression) text.</summary>
public sealed record TimerDefinition(TimerKind Kind, string Expression);
