namespace Kim.Workflows.Domain.Goals;

public enum GoalStatus
{
    Offen,
    InArbeit,
    Erreicht,
    TeilweiseErreicht,
    NichtErreicht,
    Verworfen,
}
