namespace Kim.Workflows.Engine.Tests.Workflows;

public sealed class AbhConsultationWorkflowTests : ConsultationScenarios
{
    protected override string File => "abh-consultation.bpmn";

    protected override string ProcessKey => "abh-consultation";

    protected override string Authority => "ABH";

    protected override string Group => "abh";

    protected override string Theme => "25b";

    protected override string DataCategory => "aufenthalt";

    protected override Dictionary<string, object?> Checklist => new()
    {
        ["p25a_alter"] = false, ["p25a_duldung"] = false, ["p25a_aufenthalt"] = false, ["p25a_schule"] = false, ["p25a_prognose"] = false,
        ["p25a_fdgo"] = false, ["p25a_pass"] = false, ["p25a_keineTaeuschung"] = false,
        ["p25b_duldung"] = true, ["p25b_aufenthalt"] = true, ["p25b_fdgo"] = true, ["p25b_lebensunterhalt"] = true, ["p25b_deutschA2"] = true,
        ["p25b_schulbesuch"] = true, ["p25b_keinAusschluss"] = true, ["p25b_abs6"] = false,
    };
}
