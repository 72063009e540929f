using System.Text.RegularExpressions;

namespace Kim.Workflows.Engine.Tests.Workflows;

public sealed class EinbuergerungConsultationWorkflowTests : ConsultationScenarios
{
    protected override string File => "einbuergerung-consultation.bpmn";

    protected override string ProcessKey => "einbuergerung-consultation";

    protected override string Authority => "EBH";

    protected override string Group => "ebh";

    protected override string Theme => "stag10";

    protected override string DataCategory => "einbuergerung";

    protected override Dictionary<string, object?> Checklist => new()
    {
        ["s10_aufenthalt"] = true, ["s10_identitaet"] = true, ["s10_deutschB1"] = true, ["s10_einbuergerungstest"] = true, ["s10_fdgo"] = true,
        ["s10_lebensunterhalt"] = false, ["s10_ausnahmeVollzeit"] = true, ["s10_keineVerurteilung"] = true,
    };

    [Fact]
    public void Pre_check_follows_section_10_StAG_since_27_June_2024_without_the_abolished_fast_track()
    {
        var text = System.Text.Encoding.UTF8.GetString(WorkflowHarness.Load(File));
        Assert.Contains("seit 5 Jahren rechtmäßiger gewöhnlicher Aufenthalt", text, StringComparison.Ordinal);
        Assert.Contains("B1", text, StringComparison.Ordinal);
        Assert.Contains("Einbürgerungstest", text, StringComparison.Ordinal);
        Assert.Contains("20 der letzten 24 Monate", text, StringComparison.Ordinal);
        Assert.Contains("SGB II oder SGB XII", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex(@"\b(3|drei)\s*Jahre|Abs\.\s*3|besondere\w* Integrationsleistung|Turbo|C1", RegexOptions.IgnoreCase), text);
    }
}
