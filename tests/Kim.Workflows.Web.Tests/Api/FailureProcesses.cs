using Kim.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Kim.Workflows.Web.Tests.Api;

/// <summary>Processes whose steps fail on purpose, deployed into a test host once per fixture.</summary>
internal static class FailureProcesses
{
    public const string Xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="failureDefs" targetNamespace="https://kim.example/test">
          <message id="msgBescheid" name="Bescheid_Eingegangen"/>
          <process id="betragPruefen" name="Betrag prüfen (Test)" isExecutable="true">
            <startEvent id="b_start"/>
            <sequenceFlow id="b0" sourceRef="b_start" targetRef="erfassen"/>
            <userTask id="erfassen" name="Antrag erfassen" camunda:candidateGroups="cm-ahlen">
              <extensionElements><camunda:formData><camunda:formField id="betrag" label="Betrag" type="long"/></camunda:formData></extensionElements>
            </userTask>
            <sequenceFlow id="b1" sourceRef="erfassen" targetRef="hoch"/>
            <exclusiveGateway id="hoch" name="Betrag hoch?"/>
            <sequenceFlow id="bJa" sourceRef="hoch" targetRef="pruefen"><conditionExpression>${betrag &gt; 100}</conditionExpression></sequenceFlow>
            <sequenceFlow id="bNein" sourceRef="hoch" targetRef="b_end"><conditionExpression>${betrag &lt;= 100}</conditionExpression></sequenceFlow>
            <userTask id="pruefen" name="Hohen Betrag prüfen" camunda:candidateGroups="cm-ahlen"/>
            <sequenceFlow id="b2" sourceRef="pruefen" targetRef="b_end"/>
            <endEvent id="b_end"/>
          </process>
          <process id="skriptFehler" name="Skriptfehler (Test)" isExecutable="true">
            <startEvent id="s_start"/>
            <sequenceFlow id="s0" sourceRef="s_start" targetRef="vorbereiten"/>
            <userTask id="vorbereiten" name="Vorbereiten" camunda:candidateGroups="cm-ahlen"/>
            <sequenceFlow id="s1" sourceRef="vorbereiten" targetRef="rechnen"/>
            <scriptTask id="rechnen" name="Summe berechnen" scriptFormat="javascript"><script>execution.setVariable('summe', execution.getVariable('faktor').toFixed(0));</script></scriptTask>
            <sequenceFlow id="s2" sourceRef="rechnen" targetRef="s_end"/>
            <endEvent id="s_end"/>
          </process>
          <process id="wegWaehlen" name="Weg wählen (Test)" isExecutable="true">
            <startEvent id="w_start"/>
            <sequenceFlow id="w0" sourceRef="w_start" targetRef="weg"/>
            <exclusiveGateway id="weg" name="Welcher Weg?" default="wB"/>
            <sequenceFlow id="wA" sourceRef="weg" targetRef="a"><conditionExpression>${art == 'a'}</conditionExpression></sequenceFlow>
            <sequenceFlow id="wB" sourceRef="weg" targetRef="b"/>
            <userTask id="a" camunda:candidateGroups="cm-ahlen"/>
            <userTask id="b" camunda:candidateGroups="cm-ahlen"/>
          </process>
          <process id="bescheidAbwarten" name="Bescheid abwarten (Test)" isExecutable="true">
            <startEvent id="m_start"/>
            <sequenceFlow id="m0" sourceRef="m_start" targetRef="warten"/>
            <intermediateCatchEvent id="warten" name="Bescheid abwarten"><messageEventDefinition messageRef="msgBescheid"/></intermediateCatchEvent>
            <sequenceFlow id="m1" sourceRef="warten" targetRef="positiv"/>
            <exclusiveGateway id="positiv" name="Bescheid positiv?" default="mNein"/>
            <sequenceFlow id="mJa" sourceRef="positiv" targetRef="ja"><conditionExpression>${ergebnis == 'positiv'}</conditionExpression></sequenceFlow>
            <sequenceFlow id="mNein" sourceRef="positiv" targetRef="nein"/>
            <userTask id="ja" camunda:candidateGroups="cm-ahlen"/>
            <userTask id="nein" camunda:candidateGroups="cm-ahlen"/>
          </process>
        </definitions>
        """;

    public static async Task DeployAsync(IServiceProvider services)
    {
        var runtime = services.GetRequiredService<WorkflowRuntime>();
        var result = await runtime.DeployAsync(Xml, "failures.bpmn");
        Assert.True(result.Success, string.Join("; ", result.Problems.Select(p => $"{p.ElementId}: {p.Message}")));
    }
}
