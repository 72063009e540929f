namespace Kim.Workflows.Application.Cases;

/// <summary>A Zielvereinbarung as concluded: the day, the open goals agreed, whether the client signed, remarks.</summary>
public sealed record ZielvereinbarungInput
{
    public const int RemarksMaxLength = 2000;

    public DateOnly? AgreedOn { get; init; }

    public IReadOnlyList<Guid> GoalIds { get; init; } = [];

    public bool SignedByClient { get; init; }

    public string? Remarks { get; init; }

    /// <summary>
    /// German messages keyed by field; empty when valid. The day lies neither in the future nor before the agreement in force
    /// (a later agreement supersedes it, an earlier one could not); every agreed goal is one of the file's open goals.
    /// </summary>
    public IReadOnlyDictionary<string, string> Validate(DateOnly today, DateOnly? currentAgreedOn, IReadOnlySet<Guid> openGoalIds)
    {
        ArgumentNullException.ThrowIfNull(openGoalIds);
        var errors = new InputErrors();
        if (AgreedOn is not { } on)
        {
            errors.Add(nameof(AgreedOn), "Bitte das Datum der Zielvereinbarung angeben.");
        }
        else if (on > today)
        {
            errors.Add(nameof(AgreedOn), "Das Datum der Zielvereinbarung darf nicht in der Zukunft liegen.");
        }
        else if (currentAgreedOn is { } current && on < current)
        {
            errors.Add(nameof(AgreedOn), $"Die geltende Zielvereinbarung ist vom {current:dd.MM.yyyy}; eine neue kann nicht vor ihr liegen.");
        }

        if (GoalIds.Count == 0)
        {
            errors.Add(nameof(GoalIds), openGoalIds.Count == 0
                ? "Es gibt keine offenen Ergebnisziele. Bitte zuerst Ziele festlegen."
                : "Bitte mindestens ein offenes Ergebnisziel auswählen.");
        }
        else if (GoalIds.Any(id => !openGoalIds.Contains(id)))
        {
            errors.Add(nameof(GoalIds), "Vereinbart werden können nur offene Ergebnisziele dieser Fallakte (nicht erreichte, verworfene oder fremde nicht).");
        }

        errors.Optional(nameof(Remarks), Remarks, RemarksMaxLength, "Die Bemerkung");
        return errors.All;
    }
}
