using Kim.Workflows.Domain.Assessment;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Goals;
using Kim.Workflows.Domain.Services;

namespace Kim.Workflows.Web.Cases;

/// <summary>German labels of the planning part of the case file (assessment, goals, services), beside <see cref="CaseLabels"/>.</summary>
public static class PlanningLabels
{
    /// <summary>The domain's own names, so a page and a parsed workflow line agree.</summary>
    public static string Area(Lebensbereich area) => LebensbereichNames.Label(area);

    public static string Need(NeedLevel level) => level switch
    {
        NeedLevel.KeinBedarf => "kein Bedarf",
        NeedLevel.GeringerBedarf => "geringer Bedarf",
        NeedLevel.Bedarf => "Bedarf",
        NeedLevel.DringenderBedarf => "dringender Bedarf",
        _ => level.ToString(),
    };

    public static string Goal(GoalStatus status) => status switch
    {
        GoalStatus.Offen => "offen",
        GoalStatus.InArbeit => "in Arbeit",
        GoalStatus.Erreicht => "erreicht",
        GoalStatus.TeilweiseErreicht => "teilweise erreicht",
        GoalStatus.NichtErreicht => "nicht erreicht",
        GoalStatus.Verworfen => "verworfen",
        _ => status.ToString(),
    };

    public static string Kind(ServiceKind kind) => kind == ServiceKind.Verweisberatung ? "Verweisberatung" : "Leistung";

    public static string Service(ServiceStatus status) => status switch
    {
        ServiceStatus.Geplant => "geplant",
        ServiceStatus.Angefragt => "angefragt",
        ServiceStatus.Laufend => "läuft",
        ServiceStatus.Abgeschlossen => "abgeschlossen",
        ServiceStatus.Abgebrochen => "abgebrochen",
        ServiceStatus.Abgelehnt => "abgelehnt",
        _ => status.ToString(),
    };

    /// <summary>A single legal domain (a referral's target); flags combinations go through <see cref="CaseLabels.LegalDomains"/>.</summary>
    public static string Domain(Rechtskreis? domain) => domain is { } d ? CaseLabels.LegalDomains(d) : "–";
}
