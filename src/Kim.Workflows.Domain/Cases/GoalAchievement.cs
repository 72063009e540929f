namespace Kim.Workflows.Domain.Cases;

/// <summary>
/// Qualitative goal achievement at closing. An audit elsewhere found purely quantitative indicators
/// useless, so the case manager rates the whole case, not only counts goals.
/// </summary>
public enum GoalAchievement
{
    VollstaendigErreicht,
    UeberwiegendErreicht,
    TeilweiseErreicht,
    NichtErreicht,
    NichtBewertbar,
}
