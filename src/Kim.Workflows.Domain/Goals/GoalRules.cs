namespace Kim.Workflows.Domain.Goals;

/// <summary>
/// How status and degree of achievement of a goal fit together, so a rating means the same in every file and in the
/// controlling: <see cref="GoalStatus.Erreicht"/> is exactly 100 % (and 100 % is always "erreicht"), an
/// <see cref="GoalStatus.Offen"/> goal has 0 %, a <see cref="GoalStatus.TeilweiseErreicht"/> one more than 0 %. The other
/// statuses (in Arbeit, nicht erreicht, verworfen) take any value below 100 %. Goals are never deleted: a goal that no
/// longer applies is <see cref="GoalStatus.Verworfen"/>.
/// </summary>
public static class GoalRules
{
    /// <summary>Still being worked on: such goals can be agreed in a Zielvereinbarung.</summary>
    public static bool IsOpen(GoalStatus status) => status is GoalStatus.Offen or GoalStatus.InArbeit or GoalStatus.TeilweiseErreicht;

    /// <summary>A German message when <paramref name="percent"/> does not fit <paramref name="status"/>; null when it does.</summary>
    public static string? PercentProblem(GoalStatus status, int percent) => (status, percent) switch
    {
        (_, < 0 or > 100) => "Der Grad der Zielerreichung liegt zwischen 0 und 100 %.",
        (GoalStatus.Erreicht, not 100) => "Ein erreichtes Ziel hat 100 % Zielerreichung.",
        (not GoalStatus.Erreicht, 100) => "100 % heißt „erreicht“: bitte diesen Stand wählen oder einen geringeren Grad angeben.",
        (GoalStatus.Offen, not 0) => "Ein offenes Ziel hat 0 %; bei ersten Fortschritten bitte „in Arbeit“ wählen.",
        (GoalStatus.TeilweiseErreicht, 0) => "„Teilweise erreicht“ heißt mehr als 0 %.",
        _ => null,
    };

    /// <summary>A Handlungsziel is a step: done (100 %), half done (50 %), or not done (0 %).</summary>
    public static int StepPercent(GoalStatus status) => status switch
    {
        GoalStatus.Erreicht => 100,
        GoalStatus.TeilweiseErreicht => 50,
        _ => 0,
    };
}
