namespace Kim.Workflows.Engine.Timers;

/// <summary>
/// A deadline where a person must act, marked by the process owner in the element's extension properties (what the
/// Camunda Modeler writes): <c>&lt;camunda:property name="kim:arbeitstage" value="true"/&gt;</c>. Its dates move onto
/// working days, and whole-day durations count working days. A reminder computed backwards (the day before a
/// conference) carries in addition <c>&lt;camunda:property name="kim:richtung" value="vorher"/&gt;</c> and moves to the
/// previous working day instead of the next.
/// </summary>
public sealed record WorkingDayRule(bool Backwards)
{
    public const string MarkerProperty = "kim:arbeitstage";
    public const string DirectionProperty = "kim:richtung";
    public const string BackwardsValue = "vorher";
    public const string ForwardsValue = "nachher";

    public static WorkingDayRule Forwards { get; } = new(false);

    /// <summary>
    /// The rule of an element's properties, or null when it is not marked. An unknown direction or marker value is
    /// reported through <paramref name="problem"/> (German, for the validation message) and the element stays unmarked.
    /// </summary>
    public static WorkingDayRule? From(IReadOnlyDictionary<string, string> properties, Action<string> problem)
    {
        ArgumentNullException.ThrowIfNull(properties);
        ArgumentNullException.ThrowIfNull(problem);
        properties.TryGetValue(DirectionProperty, out var direction);
        if (!properties.TryGetValue(MarkerProperty, out var marker) || !IsTrue(marker, MarkerProperty, problem))
        {
            if (direction is not null)
            {
                problem($"'{DirectionProperty}' wirkt nur zusammen mit '{MarkerProperty}' = true.");
            }

            return null;
        }

        switch (direction?.Trim().ToLowerInvariant())
        {
            case null or "" or ForwardsValue:
                return Forwards;
            case BackwardsValue:
                return new WorkingDayRule(true);
            default:
                problem($"'{DirectionProperty}' = '{direction}' ist unbekannt: erlaubt sind '{BackwardsValue}' und '{ForwardsValue}'.");
                return Forwards;
        }
    }

    private static bool IsTrue(string value, string name, Action<string> problem)
    {
        switch (value.Trim().ToLowerInvariant())
        {
            case "true":
                return true;
            case "false" or "":
                return false;
            default:
                problem($"'{name}' = '{value}' ist kein Wahrheitswert: erlaubt sind 'true' und 'false'.");
                return false;
        }
    }
}
